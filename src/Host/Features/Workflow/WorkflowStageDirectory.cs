using PerfEval.Host.Features.Reminders;

namespace PerfEval.Host.Features.Workflow;

/// <summary>
/// Stage facts for the reminder job, read from the workflow definition version the report is pinned to
/// (or would start on): due days of the stage and who must act (the role and org level of its forward action).
/// The start stage has no due days of its own: the round deadline governs it. <c>Reminders:StageDueDays:&lt;Stage&gt;</c>
/// still overrides a stage's due days.
/// </summary>
internal sealed class WorkflowStageDirectory(WorkflowCatalog catalog, IOptions<ReminderOptions> options) : IStageDirectory
{
    public async ValueTask<StageInfo?> FindAsync(ReportKind kind, string? workflowDefinitionId, int? workflowVersion, string stage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stage);
        var definition = workflowDefinitionId is { } id && workflowVersion is { } version
            ? await catalog.GetAsync(id, version, cancellationToken).ConfigureAwait(false)
            : await catalog.ForNewReportAsync(kind, cancellationToken).ConfigureAwait(false);
        var definedStage = definition.FindStage(stage);
        var forward = definedStage?.Actions.FirstOrDefault(a => a.Code != ActionCodes.Return && a.To != definition.StartStage);
        if (definedStage is null || definedStage.Terminal || forward is null)
        {
            return null;
        }

        var dueDays = stage == definition.StartStage ? 0 : definedStage.DueDays ?? 0;
        if (options.Value.StageDueDays.TryGetValue(stage, out var overridden))
        {
            dueDays = overridden;
        }

        return new StageInfo(stage, dueDays, forward.Role, forward.OrgLevel switch
        {
            OrgLevel.ReportUnit => ActorOrgLevel.ReportOrg,
            OrgLevel.SupervisingDepartment => ActorOrgLevel.ParentOrg,
            _ => ActorOrgLevel.FinanceBureau,
        });
    }
}
