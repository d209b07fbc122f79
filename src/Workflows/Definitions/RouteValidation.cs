namespace PerfEval.Workflows.Definitions;

/// <summary>The checks of conditional routes and of the paths to a terminal stage (part of <see cref="WorkflowDefinitionValidator"/>).</summary>
internal static class RouteValidation
{
    /// <summary>Most routes one action may have.</summary>
    public const int MaxRoutes = 20;

    /// <summary>Target tokens that are not stage codes (<c>@previous</c>: back to the stage the report came from).</summary>
    private static readonly HashSet<string> Tokens = new(StringComparer.Ordinal) { "@previous" };

    /// <summary>Whether <paramref name="to"/> is a target token rather than a stage code.</summary>
    public static bool IsToken(string? to) => to is not null && Tokens.Contains(to);

    public static void Check(StageDefinition stage, ActionDefinition action, string path, HashSet<string> codes, Action<string, string> add, IRouteConditionChecker? conditions)
    {
        var name = $"{stage.Code}.{action.Code}";
        var routes = action.Routes!;
        if (routes.Count == 0)
        {
            add($"{path}.routes", $"操作“{name}”的条件路线为空（没有条件路线请删去 routes，写 to）。");
            return;
        }

        if (!string.IsNullOrEmpty(action.To))
        {
            add($"{path}.to", $"操作“{name}”同时写了目标阶段（to）和条件路线（routes），只能二选一。");
        }

        if (routes.Count > MaxRoutes)
        {
            add($"{path}.routes", $"操作“{name}”的条件路线过多：{routes.Count} 条，最多 {MaxRoutes} 条。");
            return;
        }

        for (var k = 0; k < routes.Count; k++)
        {
            var rp = $"{path}.routes[{k}]";
            if (routes[k] is not { } route)
            {
                add(rp, $"操作“{name}”的第 {k + 1} 条路线不能为 null。");
                continue;
            }

            if (string.IsNullOrWhiteSpace(route.To))
            {
                add($"{rp}.to", $"操作“{name}”的第 {k + 1} 条路线缺少目标阶段。");
            }
            else if (!codes.Contains(route.To) && !IsToken(route.To))
            {
                add($"{rp}.to", $"操作“{name}”的第 {k + 1} 条路线指向不存在的阶段“{route.To}”。");
            }

            var last = k == routes.Count - 1;
            if (route.When is null)
            {
                if (!last)
                {
                    add($"{rp}.when", $"操作“{name}”的第 {k + 1} 条路线没有条件，只有最后一条（默认路线）可以没有条件，其后的路线永远不会被选中。");
                }
            }
            else if (string.IsNullOrWhiteSpace(route.When))
            {
                add($"{rp}.when", $"操作“{name}”的第 {k + 1} 条路线条件为空。");
            }
            else if (conditions is not null)
            {
                foreach (var problem in conditions.Check(route.When))
                {
                    add($"{rp}.when", $"操作“{name}”的第 {k + 1} 条路线条件不可用：{problem}");
                }
            }
        }

        if (routes[^1] is { When: not null })
        {
            add($"{path}.routes", $"操作“{name}”缺少默认路线：最后一条路线不能带条件（没有条件成立时报告去哪里）。");
        }
    }

    /// <summary>
    /// Stages (other than terminal ones) from which no terminal stage can be reached going forward: a return to the start stage
    /// (the report is then submitted again along the same way) and <c>@previous</c> are not counted as a way out.
    /// </summary>
    public static IEnumerable<string> StagesWithoutEnd(WorkflowDefinition definition)
    {
        var ends = new HashSet<string>(definition.Stages.Where(s => s.Terminal).Select(s => s.Code), StringComparer.Ordinal);
        if (ends.Count == 0)
        {
            return []; // reported on its own
        }

        // Walk backwards from the terminal stages.
        var reaching = new HashSet<string>(ends, StringComparer.Ordinal);
        bool grew;
        do
        {
            grew = false;
            foreach (var stage in definition.Stages)
            {
                if (!reaching.Contains(stage.Code)
                    && stage.Actions.SelectMany(a => a.Targets).Any(t => reaching.Contains(t) && !string.Equals(t, definition.StartStage, StringComparison.Ordinal)))
                {
                    grew |= reaching.Add(stage.Code);
                }
            }
        }
        while (grew);

        return definition.Stages.Where(s => !string.IsNullOrEmpty(s.Code) && !s.Terminal && s.Actions.Count > 0 && !reaching.Contains(s.Code))
            .Select(s => s.Code).Distinct();
    }
}
