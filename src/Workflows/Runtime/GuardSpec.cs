using PerfEval.Workflows.Definitions;

namespace PerfEval.Workflows.Runtime;

/// <summary>
/// One described condition of an action. Actor guards decide 403, input guards 400; the description is what
/// Stateless shows in diagrams and returns as the unmet condition.
/// </summary>
internal sealed record GuardSpec(string Description, bool IsActorGuard, Func<ActionInput, bool> Condition, Func<WorkflowContext?, string> Explain, string? Field = null)
{
    /// <summary>Passed as the trigger argument when listing actions: input guards cannot judge it and let it through.</summary>
    internal static readonly ActionInput Listing = new("<listing>");

    public static IReadOnlyList<GuardSpec> For(ActionDefinition action, WorkflowContext? context)
    {
        var roleLabel = WorkflowTexts.RoleLabel(action.Role);
        var levelLabel = WorkflowTexts.OrgLevelLabel(action.OrgLevel);
        var guards = new List<GuardSpec>
        {
            new(
                $"须由{roleLabel}办理",
                IsActorGuard: true,
                _ => context is not null && string.Equals(context.Actor.Role, action.Role, StringComparison.Ordinal),
                c => $"须由{roleLabel}办理（您的角色是{WorkflowTexts.RoleLabel(c?.Actor.Role)}）"),
            new(
                $"办理人须属于{levelLabel}",
                IsActorGuard: true,
                _ => context is not null && IsAtLevel(context, action.OrgLevel),
                _ => $"办理人须属于{levelLabel}（您不属于该报告的{levelLabel}）"),
        };
        if (action.CommentRequired)
        {
            guards.Add(new(
                "须填写意见",
                IsActorGuard: false,
                i => ReferenceEquals(i, Listing) || !string.IsNullOrWhiteSpace(i.Comment),
                _ => $"“{action.Label}”须填写意见",
                Field: "comment"));
        }

        if (action.Rescore)
        {
            guards.Add(new(
                "须填写复核得分（0–100分）",
                IsActorGuard: false,
                i => ReferenceEquals(i, Listing) || i.Score is >= 0m and <= 100m,
                _ => $"“{action.Label}”须填写 0–100 之间的复核得分",
                Field: "score"));
        }

        return guards;
    }

    private static bool IsAtLevel(WorkflowContext context, OrgLevel level)
    {
        var expected = level switch
        {
            OrgLevel.ReportUnit => context.Parties.ReportOrgId,
            OrgLevel.SupervisingDepartment => context.Parties.SupervisingOrgId,
            OrgLevel.FinanceBureau => context.Parties.FinanceBureauOrgId,
            _ => null,
        };
        return expected is not null && string.Equals(expected, context.Actor.OrgId, StringComparison.Ordinal);
    }
}
