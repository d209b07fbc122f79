using Mediator;
using Microsoft.EntityFrameworkCore;
using PerfEval.Host.Data;
using PerfEval.Host.Domain;
using PerfEval.Host.Identity;
using PerfEval.Rules.Model;
using PerfEval.Workflows.Definitions;
using PerfEval.Workflows.Runtime;

namespace PerfEval.Host.Features.Workflow.Inbox;

/// <summary>
/// What waits for the caller: reports of their organisations whose current stage has an action the caller's role at
/// the caller's org level may take. Most urgent first: overdue, then by due date, then by waiting time.
/// </summary>
public sealed record GetInbox(UserContext User, Guid? RoundId, string? Stage) : IQuery<IReadOnlyList<InboxItem>>;

/// <summary>One waiting task.</summary>
public sealed record InboxItem(
    Guid ReportId,
    string Title,
    ReportKind Kind,
    int Year,
    Guid OrgId,
    string OrgCode,
    string OrgName,
    Guid? RoundId,
    string? RoundName,
    string Stage,
    string StageLabel,
    DateTime StageEnteredAtUtc,
    DateTime? DueAtUtc,
    bool Overdue,
    double WaitingDays,
    int Version,
    IReadOnlyList<InboxAction> Actions);

/// <summary>An action the caller may take on the report.</summary>
public sealed record InboxAction(string Code, string Label, bool CommentRequired, bool ScoreRequired);

public sealed class GetInboxHandler(PerfEvalDbContext db, OrgScope scope, WorkflowCatalog catalog, ReportParticipants participants, TimeProvider clock)
    : IQueryHandler<GetInbox, IReadOnlyList<InboxItem>>
{
    public async ValueTask<IReadOnlyList<InboxItem>> Handle(GetInbox query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var visible = await scope.VisibleOrgIdsAsync(query.User.OrgId, cancellationToken);
        var reports = db.Reports.AsNoTracking().Where(r => visible.Contains(r.OrgId) && r.Stage != ReportStages.Accepted);
        if (query.RoundId is { } roundId)
        {
            reports = reports.Where(r => r.RoundId == roundId);
        }

        if (!string.IsNullOrWhiteSpace(query.Stage))
        {
            reports = reports.Where(r => r.Stage == query.Stage);
        }

        // The form (Content) is not needed here: project the columns only.
        var rows = await reports.Select(r => new
        {
            r.Id, r.Title, r.Kind, r.Year, r.OrgId, OrgCode = r.Org!.Code, OrgName = r.Org.Name, r.RoundId, RoundName = r.Round != null ? r.Round.Name : null,
            r.Stage, r.StageEnteredAtUtc, r.WorkflowDefinitionId, r.WorkflowVersion, r.Version,
        }).ToListAsync(cancellationToken);

        var now = clock.GetUtcNow().UtcDateTime;
        var actor = ReportParticipants.Actor(query.User);
        var items = new List<InboxItem>();
        var definitions = new Dictionary<(string?, int?, ReportKind), WorkflowDefinition>();
        foreach (var r in rows)
        {
            var key = (r.WorkflowDefinitionId, r.WorkflowVersion, r.Kind);
            if (!definitions.TryGetValue(key, out var definition))
            {
                definition = r.WorkflowDefinitionId is { } id && r.WorkflowVersion is { } v
                    ? await catalog.GetAsync(id, v, cancellationToken)
                    : await catalog.ForNewReportAsync(r.Kind, cancellationToken);
                definitions[key] = definition;
            }

            var stage = definition.FindStage(r.Stage);
            if (stage is null || stage.Terminal)
            {
                continue;
            }

            var context = new WorkflowContext(r.Stage, actor, await participants.PartiesAsync(r.OrgId, cancellationToken));
            var allowed = WorkflowRunner.GetActions(definition, context).Allowed;
            if (allowed.Count == 0)
            {
                continue;
            }

            var due = stage.DueDays is { } days ? r.StageEnteredAtUtc.AddDays(days) : (DateTime?)null;
            items.Add(new InboxItem(
                r.Id, r.Title, r.Kind, r.Year, r.OrgId, r.OrgCode, r.OrgName, r.RoundId, r.RoundName, r.Stage, stage.Label, r.StageEnteredAtUtc,
                due, due is { } d && now > d, Math.Round((now - r.StageEnteredAtUtc).TotalDays, 1), r.Version,
                allowed.Select(a => new InboxAction(a.Code, a.Label, a.CommentRequired, a.ScoreRequired)).ToList()));
        }

        return items
            .OrderByDescending(i => i.Overdue)
            .ThenBy(i => i.DueAtUtc ?? DateTime.MaxValue)
            .ThenBy(i => i.StageEnteredAtUtc)
            .ToList();
    }
}
