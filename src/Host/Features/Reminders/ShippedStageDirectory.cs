namespace PerfEval.Host.Features.Reminders;

/// <summary>
/// The shipped ladder: Draft (0 days: the round deadline governs) → UnitSignOff 3 → DepartmentApproval 5 →
/// FinanceReview 10 → Accepted (final). Due days can be overridden with <c>Reminders:StageDueDays:&lt;Stage&gt;</c>.
/// A department-overall report never enters DepartmentApproval, so the same table serves both kinds.
/// </summary>
public sealed class ShippedStageDirectory(IOptions<ReminderOptions> options) : IStageDirectory
{
    private static readonly IReadOnlyDictionary<string, StageInfo> Defaults = new Dictionary<string, StageInfo>(StringComparer.Ordinal)
    {
        [ReportStages.Draft] = new(ReportStages.Draft, 0, Roles.Preparer, ActorOrgLevel.ReportOrg),
        [ReportStages.UnitSignOff] = new(ReportStages.UnitSignOff, 3, Roles.UnitHead, ActorOrgLevel.ReportOrg),
        [ReportStages.DepartmentApproval] = new(ReportStages.DepartmentApproval, 5, Roles.DepartmentReviewer, ActorOrgLevel.ParentOrg),
        [ReportStages.FinanceReview] = new(ReportStages.FinanceReview, 10, Roles.FinanceReviewer, ActorOrgLevel.FinanceBureau),
    };

    public ValueTask<StageInfo?> FindAsync(ReportKind kind, string? workflowDefinitionId, int? workflowVersion, string stage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stage);
        if (!Defaults.TryGetValue(stage, out var info))
        {
            return ValueTask.FromResult<StageInfo?>(null);
        }

        return ValueTask.FromResult<StageInfo?>(options.Value.StageDueDays.TryGetValue(stage, out var days) ? info with { DueDays = days } : info);
    }
}
