namespace PerfEval.Workflows.Definitions;

/// <summary>Refuses inconsistent definitions, naming each problem, before anything runs on them.</summary>
public static class WorkflowDefinitionValidator
{
    /// <summary>Every problem of the definition; empty when it can be run.</summary>
    /// <param name="definition">The definition to check.</param>
    /// <param name="conditions">Checks route conditions (the host's rules engine: whitelist, limits, dry run); <c>null</c> checks their presence only.</param>
    public static IReadOnlyList<DefinitionError> Validate(WorkflowDefinition definition, IRouteConditionChecker? conditions = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var errors = new List<DefinitionError>();
        void Add(string path, string message) => errors.Add(new DefinitionError(path, message));

        if (string.IsNullOrWhiteSpace(definition.Id))
        {
            Add("id", "缺少流程编号（id）。");
        }

        if (definition.Version < 1)
        {
            Add("version", $"版本号必须从 1 开始（当前 {definition.Version}）。");
        }

        if (string.IsNullOrWhiteSpace(definition.ReportKind))
        {
            Add("reportKind", "缺少适用的报告类型（reportKind）。");
        }

        if (definition.Stages is null || definition.Stages.Count == 0)
        {
            Add("stages", "流程没有任何阶段。");
            return errors;
        }

        // Null entries (a JSON "[null]") would crash every check below: name them and stop here.
        for (var i = 0; i < definition.Stages.Count; i++)
        {
            if (definition.Stages[i] is not { } stage)
            {
                Add($"stages[{i}]", "阶段不能为 null。");
            }
            else if (stage.Actions is null)
            {
                Add($"stages[{i}].actions", "操作列表不能为 null（没有操作请写 []）。");
            }
            else
            {
                for (var j = 0; j < stage.Actions.Count; j++)
                {
                    if (stage.Actions[j] is null)
                    {
                        Add($"stages[{i}].actions[{j}]", "操作不能为 null。");
                    }
                }
            }
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < definition.Stages.Count; i++)
        {
            var stage = definition.Stages[i];
            if (string.IsNullOrWhiteSpace(stage.Code))
            {
                Add($"stages[{i}].code", "阶段缺少编码。");
            }
            else if (!codes.Add(stage.Code))
            {
                Add($"stages[{i}].code", $"阶段编码“{stage.Code}”重复。");
            }

            if (stage.DueDays is < 0)
            {
                Add($"stages[{i}].dueDays", $"阶段“{stage.Code}”的办理期限不能为负数。");
            }
        }

        if (!string.IsNullOrEmpty(definition.InitialStage) && !codes.Contains(definition.InitialStage))
        {
            Add("initialStage", $"起始阶段“{definition.InitialStage}”不存在。");
        }

        if (!definition.Stages.Any(s => s.Terminal))
        {
            Add("stages", "流程没有终止阶段（terminal），报告永远无法办结。");
        }

        for (var i = 0; i < definition.Stages.Count; i++)
        {
            ValidateStage(definition.Stages[i], $"stages[{i}]", codes, Add, conditions);
            if (string.Equals(definition.Stages[i].Code, definition.StartStage, StringComparison.Ordinal))
            {
                for (var j = 0; j < definition.Stages[i].Actions.Count; j++)
                {
                    if (definition.Stages[i].Actions[j].Targets.Contains(ActionDefinition.PreviousStage, StringComparer.Ordinal))
                    {
                        Add($"stages[{i}].actions[{j}].to", $"起始阶段“{definition.Stages[i].Code}”没有上一环节，操作“{definition.Stages[i].Actions[j].Code}”不能退回上一环节（@previous）。");
                    }
                }
            }
        }

        foreach (var unreachable in UnreachableStages(definition))
        {
            var index = definition.Stages.FindIndex(s => s.Code == unreachable);
            Add($"stages[{index}]", $"阶段“{unreachable}”从起始阶段无法到达。");
        }

        foreach (var stuck in RouteValidation.StagesWithoutEnd(definition))
        {
            var index = definition.Stages.FindIndex(s => s.Code == stuck);
            Add($"stages[{index}]", $"从阶段“{stuck}”出发（退回起始阶段不算）无法到达任何终止阶段，报告会困在流程中。");
        }

        return errors;
    }

    private static void ValidateStage(StageDefinition stage, string path, HashSet<string> codes, Action<string, string> add, IRouteConditionChecker? conditions)
    {
        if (stage.Terminal && stage.Actions.Count > 0)
        {
            add($"{path}.actions", $"终止阶段“{stage.Code}”不能再有操作。");
        }

        if (!stage.Terminal && stage.Actions.Count == 0)
        {
            add($"{path}.actions", $"阶段“{stage.Code}”不是终止阶段，却没有任何操作，报告会停在这里。");
        }

        var actionCodes = new HashSet<string>(StringComparer.Ordinal);
        for (var j = 0; j < stage.Actions.Count; j++)
        {
            var action = stage.Actions[j];
            var ap = $"{path}.actions[{j}]";
            if (string.IsNullOrWhiteSpace(action.Code))
            {
                add($"{ap}.code", $"阶段“{stage.Code}”有操作缺少编码。");
            }
            else if (!actionCodes.Add(action.Code))
            {
                add($"{ap}.code", $"阶段“{stage.Code}”的操作“{action.Code}”重复。");
            }

            if (action.Routes is not null)
            {
                RouteValidation.Check(stage, action, ap, codes, add, conditions);
            }
            else if (string.IsNullOrWhiteSpace(action.To))
            {
                add($"{ap}.to", $"操作“{stage.Code}.{action.Code}”缺少目标阶段。");
            }
            else if (!codes.Contains(action.To) && !RouteValidation.IsToken(action.To))
            {
                add($"{ap}.to", $"操作“{stage.Code}.{action.Code}”指向不存在的阶段“{action.To}”。");
            }

            if (string.IsNullOrWhiteSpace(action.Role))
            {
                add($"{ap}.role", $"操作“{stage.Code}.{action.Code}”没有指定办理角色。");
            }

            if (!Enum.IsDefined(action.OrgLevel))
            {
                add($"{ap}.orgLevel", $"操作“{stage.Code}.{action.Code}”的办理层级无效。");
            }

            if (!Enum.IsDefined(action.SignOff))
            {
                add($"{ap}.signOff", $"操作“{stage.Code}.{action.Code}”的签署栏无效。");
            }

            if (action.Code == ActionCodes.Return && !action.CommentRequired)
            {
                add($"{ap}.commentRequired", $"退回操作“{stage.Code}.{action.Code}”必须要求填写意见（commentRequired: true）。");
            }
        }
    }

    private static IEnumerable<string> UnreachableStages(WorkflowDefinition definition)
    {
        var start = definition.StartStage;
        if (definition.FindStage(start) is null)
        {
            return [];
        }

        var reached = new HashSet<string>(StringComparer.Ordinal) { start };
        var queue = new Queue<string>([start]);
        while (queue.TryDequeue(out var code))
        {
            foreach (var to in (definition.FindStage(code)?.Actions ?? []).SelectMany(a => a.Targets))
            {
                // @previous leads back to a stage already reached on the way here: it reaches nothing new.
                if (!string.IsNullOrEmpty(to) && !RouteValidation.IsToken(to) && reached.Add(to))
                {
                    queue.Enqueue(to);
                }
            }
        }

        return definition.Stages.Select(s => s.Code).Where(c => !string.IsNullOrEmpty(c) && !reached.Contains(c)).Distinct();
    }
}
