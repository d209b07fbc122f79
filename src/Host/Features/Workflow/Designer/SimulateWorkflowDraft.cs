using FluentValidation.Results;
using PerfEval.Host.Features.Workflow.Routing;
using PerfEval.Workflows.Runtime;

namespace PerfEval.Host.Features.Workflow.Designer;

/// <summary>
/// Simulates a draft definition on the stored reports of its kind in the caller's organisations (FinanceAdmin): the path each
/// would take if every actor approved, with the routes judged on the report's data now (a route to <c>@previous</c> is followed
/// back; a report whose path cannot reach a terminal stage is counted and says why). Nothing is stored; reports already
/// started stay on the version they are pinned to — the result says which are in flight.
/// </summary>
[AuthorizeRoles(Roles.FinanceAdmin)]
public sealed record SimulateWorkflowDraft(UserContext User, JsonElement Definition) : IQuery<Simulation>, IUserMessage;

/// <summary>The simulation: paths with their counts (most frequent first) and every report with its path.</summary>
/// <param name="ReportKind">The kind simulated.</param>
/// <param name="Total">Reports simulated.</param>
/// <param name="InFlight">Of those, reports in flight (started, not finished): they stay on their pinned version.</param>
/// <param name="Paths">Each distinct path and how many reports take it.</param>
/// <param name="Reports">Every report (up to <see cref="SimulateWorkflowDraftHandler.MaxReports"/>), by title.</param>
/// <param name="Truncated">Whether more reports exist than were simulated.</param>
/// <param name="Unplaced">Of those, reports whose path does not reach a terminal stage (a route back to <c>@previous</c>, a loop, a dead end).</param>
public sealed record Simulation(
    string ReportKind, int Total, int InFlight, IReadOnlyList<SimulatedPath> Paths, IReadOnlyList<SimulatedReport> Reports, bool Truncated, int Unplaced = 0);

/// <summary>One path: stage codes and labels from the start stage, and how many reports take it.</summary>
public sealed record SimulatedPath(IReadOnlyList<string> Stages, string Label, int Count);

/// <summary>
/// One report: where it is, the version it is pinned to, whether it is in flight, and the path the draft would give it;
/// <see cref="Unplaced"/> says why that path does not reach a terminal stage (null when it does).
/// </summary>
public sealed record SimulatedReport(Guid Id, string Title, string OrgName, string Stage, string? PinnedDefinitionId, int? PinnedVersion, bool InFlight, string Path)
{
    /// <summary>Why the report could not be placed on a terminal stage (null: it reaches one).</summary>
    public string? Unplaced { get; init; }
}

public sealed class SimulateWorkflowDraftValidator : AbstractValidator<SimulateWorkflowDraft>
{
    public SimulateWorkflowDraftValidator() => RuleFor(q => q.Definition.ValueKind).Equal(JsonValueKind.Object).WithName("definition").WithMessage(DesignerText.SimulateWorkflowDraftValidator);
}

public sealed class SimulateWorkflowDraftHandler(PerfEvalDbContext db, OrgScope scope) : IQueryHandler<SimulateWorkflowDraft, Simulation>
{
    /// <summary>Most reports simulated in one request.</summary>
    public const int MaxReports = 5000;

    public async ValueTask<Simulation> Handle(SimulateWorkflowDraft query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (definition, errors) = DraftDefinition.Read(query.Definition);
        if (definition is null || errors.Count > 0)
        {
            throw new ValidationException(DesignerText.SimulateWorkflowDraftHandle, errors.Select(e => new ValidationFailure(e.Path, e.Message)));
        }

        var kind = definition.ReportKind == "department" ? ReportKind.Department : ReportKind.Project;
        var tree = await scope.TreeAsync(cancellationToken);
        var visible = await scope.VisibleOrgIdsAsync(query.User.OrgId, cancellationToken);
        var reports = await db.Reports.AsNoTracking()
            .Where(r => r.Kind == kind && visible.Contains(r.OrgId))
            .OrderBy(r => r.Title).ThenBy(r => r.Id)
            .Take(MaxReports + 1)
            .ToListAsync(cancellationToken);
        var truncated = reports.Count > MaxReports;
        if (truncated)
        {
            reports.RemoveAt(reports.Count - 1);
        }

        var roundIds = reports.Where(r => r.RoundId is not null).Select(r => r.RoundId!.Value).Distinct().ToList();
        var rounds = await db.Rounds.AsNoTracking().Where(r => roundIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, cancellationToken);
        string Label(IReadOnlyList<string> stages) => string.Join(" → ", stages.Select(s => definition.FindStage(s)?.Label ?? s));

        var simulated = new List<(SimulatedReport Report, IReadOnlyList<string> Stages)>();
        foreach (var r in reports)
        {
            var org = tree.ById.GetValueOrDefault(r.OrgId);
            var parent = org?.ParentId is { } p ? tree.ById.GetValueOrDefault(p) : null;
            var facts = ReportRouteEvaluator.Facts(r, org, parent, r.RoundId is { } id ? rounds.GetValueOrDefault(id) : null);
            var walk = WorkflowPaths.Trace(definition, new ReportRouteEvaluator(facts));
            var stages = walk.Stages;
            var inFlight = r.WorkflowVersion is not null && r.Stage != definition.StartStage && definition.FindStage(r.Stage) is not { Terminal: true };
            simulated.Add((new SimulatedReport(r.Id, r.Title, org?.Name ?? "", r.Stage, r.WorkflowDefinitionId, r.WorkflowVersion, inFlight, Label(stages))
            {
                Unplaced = walk.Placed ? null : DesignerText.Unplaced(walk.Stop, Label([stages[^1]]), walk.BackTo is { } back ? Label([back]) : null),
            }, stages));
        }

        var paths = simulated.GroupBy(s => s.Report.Path)
            .Select(g => new SimulatedPath(g.First().Stages, g.Key, g.Count()))
            .OrderByDescending(p => p.Count).ThenBy(p => p.Label, StringComparer.Ordinal)
            .ToList();
        return new Simulation(definition.ReportKind, simulated.Count, simulated.Count(s => s.Report.InFlight), paths, simulated.Select(s => s.Report).ToList(), truncated,
            simulated.Count(s => s.Report.Unplaced is not null));
    }
}
