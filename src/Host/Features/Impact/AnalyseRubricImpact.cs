using PerfEval.Rules.Impact;

namespace PerfEval.Host.Features.Impact;

/// <summary>
/// The rubric editor's impact analysis: the unsaved working copy (<see cref="Draft"/>) against the latest published version
/// (<see cref="Published"/>), both scored on every report of the rounds using the rubric — for rounds that pin no rubric,
/// the reports of the rubric's kind — with the round's weights; when no round uses it, every report of its kind (a what-if,
/// no weights). Only the caller's organisations. Same <see cref="ImpactEngine"/> path as the API; progress and cancel.
/// </summary>
[AuthorizeRoles(Roles.FinanceAdmin)]
public sealed record AnalyseRubricImpact(
    UserContext User, string RubricId, LoadedRuleSet Published, LoadedRuleSet Draft, IProgress<ImpactProgress>? Progress = null)
    : IQuery<RubricImpact>, IUserMessage;

/// <summary>The editor's result: the counts, from → to matrix, movers and failures, and whether it was a what-if.</summary>
public sealed record RubricImpact(ImpactResult Result, bool PinnedRounds, TimeSpan Elapsed);

public sealed class AnalyseRubricImpactHandler(PerfEvalDbContext db, OrgScope scope, ImpactEngine engine) : IQueryHandler<AnalyseRubricImpact, RubricImpact>
{
    public async ValueTask<RubricImpact> Handle(AnalyseRubricImpact query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (source, pinned) = await SourceAsync(db, scope, query.User, query.RubricId, query.Draft.Definition.ReportKind, cancellationToken);
        var outcome = await engine.RunAsync(source, new ImpactSpec(query.Draft, query.Published, KeepItems: false), query.Progress, cancellationToken);
        var result = new ImpactResult(
            outcome.Scored, outcome.ScoreChanged, outcome.GradeChanged,
            [.. outcome.Transitions.OrderBy(t => t.Key.From, StringComparer.Ordinal).ThenBy(t => t.Key.To, StringComparer.Ordinal)
                .Select(t => new GradeTransition(t.Key.From, t.Key.To, t.Value))],
            [.. outcome.TopMovers.Select(m => new ImpactMover(m.ReportId.ToString(), Title(m), m.Before!.Value, m.After!.Value, m.GradeBefore, m.GradeAfter))],
            [.. outcome.Failures.Select(f => $"{Title(f)}：{f.Error}")]);
        return new RubricImpact(result, pinned, outcome.Elapsed);
    }

    private static string Title(ImpactItem i) => $"{i.OrgName}：{(string.IsNullOrWhiteSpace(i.Title) ? Reports.ReportsText.Untitled : i.Title)}";

    /// <summary>Which reports the editor analyses, and whether they come from rounds using the rubric (else a what-if).</summary>
    public static async Task<(ImpactSource Source, bool Pinned)> SourceAsync(
        PerfEvalDbContext db, OrgScope scope, UserContext user, string rubricId, ReportKind? kind, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(user);
        var visible = await scope.VisibleOrgIdsAsync(user.OrgId, ct);
        var all = await scope.AllAsync(ct);
        IReadOnlyCollection<Guid>? orgs = all.All(o => visible.Contains(o.Id)) ? null : visible;
        var rounds = await db.Rounds.AsNoTracking().Select(r => new { r.Id, r.RuleSetId }).ToListAsync(ct);
        var using_ = rounds.Where(r => r.RuleSetId == rubricId).Select(r => r.Id).ToList();
        var unpinned = kind is null ? [] : rounds.Where(r => r.RuleSetId == null).Select(r => r.Id).ToList();
        var pinned = new ImpactSource(using_, unpinned, kind, orgs, UseRoundWeights: true);
        if (await engine(db, pinned).AnyAsync(ct))
        {
            return (pinned, true);
        }

        return (new ImpactSource(null, null, kind, orgs, UseRoundWeights: false), false);

        static IQueryable<Report> engine(PerfEvalDbContext db, ImpactSource s) => ImpactEngine.Select(db, s);
    }
}
