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

public sealed record DashboardData(
    IReadOnlyList<StageCount> ByStage,
    IReadOnlyList<UnitOverdue> OverdueByUnit,
    IReadOnlyList<DepartmentGrades> GradesByDepartment,
    IReadOnlyList<AcceptedReport> Accepted,
    int Total);

public sealed class GetDashboardHandler(PerfEvalDbContext db, OrgScope scope, WorkflowCatalog catalog, BureauCalendar calendar, TimeProvider clock) : IQueryHandler<GetDashboard, DashboardData>
{
    public async ValueTask<DashboardData> Handle(GetDashboard query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var visible = await ListReportsHandler.ApplyAsync(db, scope, query.User, new ReportFilter(RoundId: query.RoundId), cancellationToken);
        var reports = await visible.Include(r => r.Org).Include(r => r.Round).AsNoTracking().ToListAsync(cancellationToken);
        var orgs = await scope.AllAsync(cancellationToken);
        // Deadlines are days of the bureau's calendar, whatever the server's zone.
        var today = calendar.Today;

        var stages = new[] { ReportStages.Draft, ReportStages.UnitSignOff, ReportStages.DepartmentApproval, ReportStages.FinanceReview, ReportStages.Accepted };
        var byStage = stages.Concat(reports.Select(r => r.Stage).Where(s => !stages.Contains(s)).Distinct())
            .Select(s => new StageCount(s, ReportStages.Label(s), reports.Count(r => r.Stage == s))).ToList();

        // Overdue: in an open round and not yet accepted, past the round's deadline or past its stage's due days.
        var now = clock.GetUtcNow().UtcDateTime;
        var open = reports.Where(r => r.Stage != ReportStages.Accepted && r.Round is { Status: RoundStatus.Open }).ToList();
        var late = new HashSet<Guid>();
        foreach (var r in open)
        {
            var due = (await catalog.ForReportAsync(r, cancellationToken)).FindStage(r.Stage)?.DueDays;
            if (r.Round!.Deadline < today || (due is { } days && r.StageEnteredAtUtc.AddDays(days) < now))
            {
                late.Add(r.Id);
            }
        }

        var overdue = open.GroupBy(r => r.Org?.Name ?? "")
            .Select(g => new UnitOverdue(g.Key, g.Count(r => late.Contains(r.Id)), g.Count()))
            .OrderByDescending(u => u.Overdue).ThenBy(u => u.OrgName, StringComparer.Ordinal).ToList();

        var grades = reports.GroupBy(r => DepartmentOf(r, orgs))
            .Select(g =>
            {
                var graded = g.Select(r => (Report: r, Grade: GradeOf(r))).ToList();
                var scores = g.Select(ScoreOf).Where(s => s is not null).Select(s => s!.Value).ToList();
                return new DepartmentGrades(g.Key,
                    graded.Count(x => x.Grade == "优"), graded.Count(x => x.Grade == "良"), graded.Count(x => x.Grade == "中"),
                    graded.Count(x => x.Grade == "差"), graded.Count(x => x.Grade is null),
                    scores.Count == 0 ? null : Math.Round(scores.Average(), 2));
            })
            .OrderBy(d => d.Department, StringComparer.Ordinal).ToList();

        var accepted = reports.Where(r => r.Stage == ReportStages.Accepted)
            .OrderBy(r => r.Title, StringComparer.Ordinal)
            .Select(r => new AcceptedReport(r.Id, r.Title, r.Org?.Name ?? "", ScoreOf(r), GradeOf(r))).ToList();
        return new DashboardData(byStage, overdue, grades, accepted, reports.Count);
    }

    /// <summary>The score that counts: the finance reviewer's, else the rubric's, else the unit's own.</summary>
    public static decimal? ScoreOf(Report r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return r.ShownScore;
    }

    /// <summary>
    /// The grade of the counting score: the reviewer's or the rubric's grade (their rubric's bands); for a score only the
    /// unit wrote, the 财政部 band of that score (the unit's written grade may be no grade at all, e.g. "100").
    /// </summary>
    public static string? GradeOf(Report r)
    {
        ArgumentNullException.ThrowIfNull(r);
        if (r.ReviewedScore is not null || r.ScoredTotal is not null)
        {
            return r.ShownGrade;
        }

        return r.StatedScore is { } stated
            ? GradeBand.Find(GradeBand.Defaults(), stated)?.Grade
            : GradeBand.Parse(GradeBand.Defaults(), r.StatedGrade)?.Grade;
    }

    /// <summary>The supervising department a report belongs to (the unit's parent, or the department itself).</summary>
    private static string DepartmentOf(Report r, IReadOnlyList<Organisation> orgs)
    {
        var org = orgs.FirstOrDefault(o => o.Id == r.OrgId);
        if (org is null)
        {
            return "";
        }

        return org.Kind == OrgKind.BudgetUnit && org.ParentId is { } p ? orgs.FirstOrDefault(o => o.Id == p)?.Name ?? org.Name : org.Name;
    }
}
