using PerfEval.Host.Features.Scoring;
using PerfEval.Rules.Engine;
using PerfEval.Rules.Impact;

namespace PerfEval.Host.Features.RubricEditor;

/// <summary>Reports for an impact analysis and which reports they are.</summary>
/// <param name="Subjects">The reports.</param>
/// <param name="PinnedRounds">True: reports of rounds using the rubric; false: no round uses it, all reports of its kind (a what-if).</param>
public sealed record RubricReports(IReadOnlyList<ImpactSubject> Subjects, bool PinnedRounds);

/// <summary>
/// The stored reports a rubric scores, for the impact analysis: reports of rounds that pin the rubric, plus —
/// for rounds that pin none — reports of the rubric's report kind. When no round uses the rubric at all, every
/// report of its kind (a what-if), flagged as such. Only the caller's visible organisations. Reports of rounds that use
/// the rubric carry their round's level-1 weights; a what-if uses none (those rounds weigh another rubric).
/// </summary>
[AuthorizeRoles(Roles.FinanceAdmin)]
public sealed record ListRubricReports(UserContext User, string RubricId, ReportKind? Kind) : IQuery<RubricReports>, IUserMessage;

public sealed class ListRubricReportsHandler(PerfEvalDbContext db, OrgScope scope) : IQueryHandler<ListRubricReports, RubricReports>
{
    public async ValueTask<RubricReports> Handle(ListRubricReports query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);

        var orgIds = await scope.VisibleOrgIdsAsync(query.User.OrgId, cancellationToken);
        var id = query.RubricId;
        var kind = query.Kind;
        var visible = db.Reports.AsNoTracking().Where(r => orgIds.Contains(r.OrgId));
        var pinned = visible.Where(r => r.RoundId != null)
            .Where(r => r.Round!.RuleSetId == id || (r.Round.RuleSetId == null && kind != null && r.Kind == kind));
        var usePinned = await pinned.AnyAsync(cancellationToken);
        var source = usePinned ? pinned : visible.Where(r => kind == null || r.Kind == kind);
        var rows = await source
            .OrderBy(r => r.Title).ThenBy(r => r.Id)
            .Select(r => new { r.Id, r.Title, OrgName = r.Org!.Name, r.Content, Weights = r.Round != null ? r.Round.Level1Weights : null })
            .ToListAsync(cancellationToken);
        return new RubricReports(
            [.. rows.Select(r => new ImpactSubject(
                r.Id.ToString(), $"{r.OrgName}：{(string.IsNullOrWhiteSpace(r.Title) ? Reports.ReportsText.Untitled : r.Title)}", r.Content,
                usePinned && RoundWeights.Parse(r.Weights, "round.level1Weights") is { } w ? new ScoreOptions { Level1Weights = w } : null))],
            usePinned);
    }
}
