using PerfEval.Workflows.Runtime;

namespace PerfEval.Host.Features.Workflow.Actions;

/// <summary>The actions the caller may take on a report now, and why the others are refused; 404 outside their organisations.</summary>
/// <param name="User">The caller.</param>
/// <param name="ReportId">The report.</param>
/// <param name="OnBehalfOf">For a delegate (代理审批): the principal's login; the actions are the principal's (403 without a delegation in force).</param>
public sealed record GetReportActions(UserContext User, Guid ReportId, string? OnBehalfOf = null) : IQuery<ReportActions>;

/// <summary>The workflow state of a report as seen by the caller.</summary>
public sealed record ReportActions(
    Guid ReportId,
    string Stage,
    string StageLabel,
    string DefinitionId,
    int DefinitionVersion,
    bool Pinned,
    int Version,
    DateTime StageEnteredAtUtc,
    DateTime? DueAtUtc,
    IReadOnlyList<ActionOption> Allowed,
    IReadOnlyList<ActionOption> Refused);

public sealed class GetReportActionsHandler(ReportAccess access, WorkflowCatalog catalog, ReportParticipants participants, Delegations.DelegationLookup delegations)
    : IQueryHandler<GetReportActions, ReportActions>
{
    public async ValueTask<ReportActions> Handle(GetReportActions query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var report = await access.GetVisibleAsync(query.User, query.ReportId, cancellationToken);
        var definition = await catalog.ForReportAsync(report, cancellationToken);
        var acting = string.IsNullOrWhiteSpace(query.OnBehalfOf) ? query.User : await delegations.PrincipalAsync(query.User, query.OnBehalfOf, cancellationToken);
        var context = await participants.ContextAsync(report, acting, cancellationToken, definition);
        var actions = WorkflowRunner.GetActions(definition, context);
        var due = definition.FindStage(report.Stage)?.DueDays is { } days ? report.StageEnteredAtUtc.AddDays(days) : (DateTime?)null;
        return new ReportActions(
            report.Id, actions.Stage, actions.StageLabel, definition.Id, definition.Version, report.WorkflowVersion is not null,
            report.Version, report.StageEnteredAtUtc, due, actions.Allowed, actions.Refused);
    }
}
