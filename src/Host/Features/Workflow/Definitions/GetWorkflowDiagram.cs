using PerfEval.Workflows.Runtime;

namespace PerfEval.Host.Features.Workflow.Definitions;

/// <summary>
/// Mermaid text of a definition version. With a report: the version that report is pinned to (unless a version
/// is asked for) and its current stage marked; the report must be visible to the caller (404 otherwise).
/// </summary>
public sealed record GetWorkflowDiagram(UserContext User, string Id, int? Version, Guid? ReportId) : IQuery<string>;

public sealed class GetWorkflowDiagramHandler(WorkflowCatalog catalog, ReportAccess access) : IQueryHandler<GetWorkflowDiagram, string>
{
    public async ValueTask<string> Handle(GetWorkflowDiagram query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        string? currentStage = null;
        WorkflowDefinition definition;
        if (query.ReportId is { } reportId)
        {
            var report = await access.GetVisibleAsync(query.User, reportId, cancellationToken);
            var reportDefinition = await catalog.ForReportAsync(report, cancellationToken);
            if (!string.Equals(reportDefinition.Id, query.Id, StringComparison.Ordinal))
            {
                throw new ConflictException(WorkflowMessageText.FormatGetWorkflowDiagramHandle(reportDefinition.Id, query.Id));
            }

            definition = query.Version is { } v && v != reportDefinition.Version ? await catalog.GetAsync(query.Id, v, cancellationToken) : reportDefinition;
            currentStage = report.Stage;
        }
        else
        {
            definition = query.Version is { } v
                ? await catalog.GetAsync(query.Id, v, cancellationToken)
                : await catalog.LatestPublishedAsync(query.Id, cancellationToken);
        }

        return WorkflowDiagram.ToMermaid(definition, currentStage);
    }
}
