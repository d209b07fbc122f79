using Mediator;
using PerfEval.Host.Features.Reports;
using PerfEval.Host.Identity;
using PerfEval.Workflows.Runtime;

namespace PerfEval.Host.Features.Workflow.Actions;

/// <summary>The actions the caller may take on a report now, and why the others are refused; 404 outside their organisations.</summary>
public sealed record GetReportActions(UserContext User, Guid ReportId) : IQuery<ReportActions>;

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

public sealed class GetReportActionsHandler(ReportAccess access, WorkflowCatalog catalog, ReportParticipants participants)
    : IQueryHandler<GetReportActions, ReportActions>
{
    public async ValueTask<ReportActions> Handle(GetReportActions query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var report = await access.GetVisibleAsync(query.User, query.ReportId, cancellationToken);
        var definition = await catalog.ForReportAsync(report, cancellationToken);
        var context = await participants.ContextAsync(report, query.User, cancellationToken);
        var actions = WorkflowRunner.GetActions(definition, context);
        var due = definition.FindStage(report.Stage)?.DueDays is { } days ? report.StageEnteredAtUtc.AddDays(days) : (DateTime?)null;
        return new ReportActions(
            report.Id, actions.Stage, actions.StageLabel, definition.Id, definition.Version, report.WorkflowVersion is not null,
            report.Version, report.StageEnteredAtUtc, due, actions.Allowed, actions.Refused);
    }
}
