namespace PerfEval.Workflows.Definitions;

/// <summary>What changed between two versions of a definition: stages, actions and routes added, removed or changed.</summary>
public static class WorkflowDiff
{
    /// <summary>The changes from <paramref name="before"/> to <paramref name="after"/>, stage by stage in the order of <paramref name="after"/>.</summary>
    /// <param name="before">The older version.</param>
    /// <param name="after">The newer version.</param>
    public static IReadOnlyList<WorkflowChange> Compare(WorkflowDefinition before, WorkflowDefinition after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<WorkflowChange>();
        if (before.Name != after.Name)
        {
            changes.Add(new(ChangeKind.Changed, "name", before.Name, after.Name));
        }

        if (before.StartStage != after.StartStage)
        {
            changes.Add(new(ChangeKind.Changed, "initialStage", before.StartStage, after.StartStage));
        }

        foreach (var stage in after.Stages)
        {
            if (before.FindStage(stage.Code) is not { } old)
            {
                changes.Add(new(ChangeKind.Added, stage.Code, null, Describe(stage)));
                foreach (var action in stage.Actions)
                {
                    changes.Add(new(ChangeKind.Added, $"{stage.Code}.{action.Code}", null, Describe(action)));
                }

                continue;
            }

            if (Describe(old) != Describe(stage))
            {
                changes.Add(new(ChangeKind.Changed, stage.Code, Describe(old), Describe(stage)));
            }

            foreach (var action in stage.Actions)
            {
                var was = old.FindAction(action.Code);
                if (was is null)
                {
                    changes.Add(new(ChangeKind.Added, $"{stage.Code}.{action.Code}", null, Describe(action)));
                }
                else if (Describe(was) != Describe(action))
                {
                    changes.Add(new(ChangeKind.Changed, $"{stage.Code}.{action.Code}", Describe(was), Describe(action)));
                }
            }

            foreach (var gone in old.Actions.Where(a => stage.FindAction(a.Code) is null))
            {
                changes.Add(new(ChangeKind.Removed, $"{stage.Code}.{gone.Code}", Describe(gone), null));
            }
        }

        foreach (var gone in before.Stages.Where(s => after.FindStage(s.Code) is null))
        {
            changes.Add(new(ChangeKind.Removed, gone.Code, Describe(gone), null));
        }

        return changes;
    }

    /// <summary>A stage in one line (its actions are compared one by one).</summary>
    public static string Describe(StageDefinition stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        return $"{stage.Label}（{stage.Code}）" + (stage.DueDays is { } d ? $" 期限 {d} 天" : " 无期限") + (stage.Terminal ? " 终止" : "");
    }

    /// <summary>An action in one line: label, actor, target or routes with their conditions, comment, sign-off, rescore.</summary>
    public static string Describe(ActionDefinition action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var target = action.HasRoutes
            ? string.Join("；", action.Routes!.Select(r => r.When is null ? $"否则 → {r.To}" : $"若 {r.When} → {r.To}"))
            : $"→ {action.To}";
        return $"{action.Label}：{WorkflowTexts.RoleLabel(action.Role)}@{WorkflowTexts.OrgLevelLabel(action.OrgLevel)} {target}"
            + (action.CommentRequired ? " 须填意见" : "")
            + (action.SignOff != SignOffField.None ? $" 写{WorkflowTexts.SignOffLabel(action.SignOff)}" : "")
            + (action.Rescore ? " 复核评分" : "");
    }
}

/// <summary>Added, removed or changed.</summary>
public enum ChangeKind
{
    /// <summary>Only in the newer version.</summary>
    Added,

    /// <summary>Only in the older version.</summary>
    Removed,

    /// <summary>In both, different.</summary>
    Changed,
}

/// <summary>One change: what (a stage code, or <c>stage.action</c>), and its description before and after.</summary>
/// <param name="Kind">Added, removed or changed.</param>
/// <param name="Path">Stage code, <c>stage.action</c>, <c>name</c> or <c>initialStage</c>.</param>
/// <param name="Before">Description in the older version (null when added).</param>
/// <param name="After">Description in the newer version (null when removed).</param>
public sealed record WorkflowChange(ChangeKind Kind, string Path, string? Before, string? After);
