using PerfEval.Host.Features.Reports.List;
using PerfEval.Host.Features.Workflow;

namespace PerfEval.Host.Features.Dashboard;

/// <summary>Figures for the dashboard of finance staff and reviewers, scoped to the caller's organisations.</summary>
[AuthorizeRoles(Roles.FinanceAdmin, Roles.FinanceReviewer, Roles.DepartmentReviewer)]
public sealed record GetDashboard(UserContext User, Guid? RoundId) : IQuery<DashboardData>, IUserMessage;

public sealed record StageCount(string Stage, string StageLabel, int Count);

public sealed record UnitOverdue(string OrgName, int Overdue, int Open);

/// <summary>Grades per supervising department; <see cref="AverageScore"/> over the scored reports.</summary>
public sealed record DepartmentGrades(string Department, int Excellent, int Good, int Fair, int Poor, int Unscored, decimal? AverageScore);

public sealed record AcceptedReport(Guid Id, string Title, string OrgName, decimal? Score, string? Grade);

/// <summary>The dashboard's figures.</summary>
/// <param name="ByStage">Reports per stage.</param>
/// <param name="OverdueByUnit">The <see cref="DashboardData.UnitsShown"/> units with the most overdue reports (of <paramref name="UnitsWithOpen"/>).</param>
/// <param name="GradesByDepartment">Grades per supervising department.</param>
/// <param name="Accepted">The <see cref="DashboardData.AcceptedShown"/> most recently accepted reports (of <paramref name="AcceptedTotal"/>).</param>
/// <param name="Total">Every report counted.</param>
/// <param name="UnitsWithOpen">Units with a report open in an open round.</param>
/// <param name="OpenTotal">Reports open in an open round.</param>
/// <param name="OverdueTotal">Of those, overdue.</param>
/// <param name="AcceptedTotal">Accepted reports.</param>
public sealed record DashboardData(
    IReadOnlyList<StageCount> ByStage,
    IReadOnlyList<UnitOverdue> OverdueByUnit,
    IReadOnlyList<DepartmentGrades> GradesByDepartment,
    IReadOnlyList<AcceptedReport> Accepted,
    int Total,
    int UnitsWithOpen,
    int OpenTotal,
    int OverdueTotal,
    int AcceptedTotal)
{
    /// <summary>A province has a thousand units: the chart and table show the ones most behind.</summary>
    public const int UnitsShown = 20;

    /// <summary>Accepted reports listed (the report list filtered on 已通过 has them all).</summary>
    public const int AcceptedShown = 50;
}

/// <summary>
/// Reads only the columns the figures need (a province's 100 000 forms are never loaded), the organisations from the kept
/// tree and each workflow version once per request.
/// </summary>
public sealed class GetDashboardHandler(PerfEvalDbContext db, OrgScope scope, WorkflowCatalog catalog, BureauCalendar calendar, TimeProvider clock) : IQueryHandler<GetDashboard, DashboardData>
{
    public async ValueTask<DashboardData> Handle(GetDashboard query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var visible = await ListReportsHandler.ApplyAsync(db, scope, query.User, new ReportFilter(RoundId: query.RoundId), cancellationToken);
        var reports = await visible.AsNoTracking().Select(r => new Row(
            r.Id, r.Kind, r.OrgId, r.RoundId, r.Title, r.Stage, r.StageEnteredAtUtc, r.WorkflowDefinitionId, r.WorkflowVersion,
            r.StatedScore, r.StatedGrade, r.ScoredTotal, r.ScoredGrade, r.ReviewedScore, r.ReviewedGrade)).ToListAsync(cancellationToken);
        var orgs = (await scope.TreeAsync(cancellationToken)).ById;
        var rounds = await db.Rounds.AsNoTracking().Select(r => new { r.Id, r.Status, r.Deadline }).ToDictionaryAsync(r => r.Id, cancellationToken);
        string OrgName(Row r) => orgs.GetValueOrDefault(r.OrgId)?.Name ?? "";
        // Deadlines are days of the bureau's calendar, whatever the server's zone.
        var today = calendar.Today;

        var stages = new[] { ReportStages.Draft, ReportStages.UnitSignOff, ReportStages.DepartmentApproval, ReportStages.FinanceReview, ReportStages.Accepted };
        var counts = reports.CountBy(r => r.Stage).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
        var byStage = stages.Concat(counts.Keys.Where(s => !stages.Contains(s)).Order(StringComparer.Ordinal))
            .Select(s => new StageCount(s, ReportStages.Label(s), counts.GetValueOrDefault(s))).ToList();

        // Overdue: in an open round and not yet accepted, past the round's deadline or past its stage's due days.
        var now = clock.GetUtcNow().UtcDateTime;
        var open = reports.Where(r => r.Stage != ReportStages.Accepted && r.RoundId is { } id && rounds.TryGetValue(id, out var round) && round.Status == RoundStatus.Open).ToList();
        var definitions = new ReportDefinitions(catalog);
        var late = new HashSet<Guid>();
        foreach (var r in open)
        {
            var definition = await definitions.ForAsync(r.WorkflowDefinitionId, r.WorkflowVersion, r.Kind, cancellationToken);
            var due = definition.FindStage(r.Stage)?.DueDays;
            if (rounds[r.RoundId!.Value].Deadline < today || (due is { } days && r.StageEnteredAtUtc.AddDays(days) < now))
            {
                late.Add(r.Id);
            }
        }

        var overdue = open.GroupBy(OrgName)
            .Select(g => new UnitOverdue(g.Key, g.Count(r => late.Contains(r.Id)), g.Count()))
            .OrderByDescending(u => u.Overdue).ThenByDescending(u => u.Open).ThenBy(u => u.OrgName, StringComparer.Ordinal).ToList();

        var grades = reports.GroupBy(r => DepartmentOf(r.OrgId, orgs))
            .Select(g =>
            {
                var graded = g.Select(r => r.Grade).ToList();
                var scores = g.Select(r => r.Score).Where(s => s is not null).Select(s => s!.Value).ToList();
                return new DepartmentGrades(g.Key,
                    graded.Count(x => x == "优"), graded.Count(x => x == "良"), graded.Count(x => x == "中"),
                    graded.Count(x => x == "差"), graded.Count(x => x is null),
                    scores.Count == 0 ? null : Math.Round(scores.Average(), 2));
            })
            .OrderBy(d => d.Department, StringComparer.Ordinal).ToList();

        var accepted = reports.Where(r => r.Stage == ReportStages.Accepted).ToList();
        var latest = accepted
            .OrderByDescending(r => r.StageEnteredAtUtc).ThenBy(r => r.Title, StringComparer.Ordinal).Take(DashboardData.AcceptedShown)
            .Select(r => new AcceptedReport(r.Id, r.Title, OrgName(r), r.Score, r.Grade)).ToList();
        return new DashboardData(byStage, [.. overdue.Take(DashboardData.UnitsShown)], grades, latest, reports.Count,
            overdue.Count, open.Count, late.Count, accepted.Count);
    }

    /// <summary>The supervising department a report belongs to (the unit's parent, or the department itself).</summary>
    private static string DepartmentOf(Guid orgId, IReadOnlyDictionary<Guid, Organisation> orgs)
    {
        if (!orgs.TryGetValue(orgId, out var org))
        {
            return "";
        }

        return org.Kind == OrgKind.BudgetUnit && org.ParentId is { } p ? orgs.GetValueOrDefault(p)?.Name ?? org.Name : org.Name;
    }

    /// <summary>What the figures read of a report.</summary>
    private sealed record Row(
        Guid Id, ReportKind Kind, Guid OrgId, Guid? RoundId, string Title, string Stage, DateTime StageEnteredAtUtc,
        string? WorkflowDefinitionId, int? WorkflowVersion, decimal? StatedScore, string? StatedGrade,
        decimal? ScoredTotal, string? ScoredGrade, decimal? ReviewedScore, string? ReviewedGrade)
    {
        /// <summary>The score that counts: the finance reviewer's, else the rubric's, else the unit's own (<see cref="Report.ShownScore"/>).</summary>
        public decimal? Score => ReviewedScore ?? ScoredTotal ?? StatedScore;

        /// <summary>
        /// The grade of the counting score: the reviewer's or the rubric's grade (their rubric's bands); for a score only the
        /// unit wrote, the 财政部 band of that score (the unit's written grade may be no grade at all, e.g. "100").
        /// </summary>
        public string? Grade => ReviewedScore is not null ? ReviewedGrade
            : ScoredTotal is not null ? ScoredGrade
            : StatedScore is { } stated ? GradeBand.Find(GradeBand.Defaults(), stated)?.Grade
            : GradeBand.Parse(GradeBand.Defaults(), StatedGrade)?.Grade;
    }
}
