using PerfEval.Host.Features.Impact;

namespace PerfEval.Host.Features.RuleSets.Impact;

/// <summary>
/// Impact analysis (FinanceAdmin): re-scores, with version <see cref="Version"/> (a draft too) and each round's
/// weights, the reports of every round that pins this rule set — or only <see cref="RoundId"/>'s reports — and
/// compares with their stored scores. Nothing is stored. Accepted reports are marked <c>frozen</c>: their stored
/// score would not change whatever is published. No cap on the number of reports: <see cref="ImpactEngine"/> streams them.
/// </summary>
[AuthorizeRoles(Roles.FinanceAdmin)]
public sealed record GetRuleSetImpact(UserContext User, string RuleSetId, int Version, Guid? RoundId, ImpactItems Items = ImpactItems.All)
    : IQuery<RuleSetImpact>, IUserMessage;

/// <summary>Which reports an impact answer lists (the counts always cover all of them).</summary>
public enum ImpactItems
{
    /// <summary>Every report, in title order.</summary>
    All,

    /// <summary>Reports whose score or grade changes, or that cannot be scored.</summary>
    Changed,

    /// <summary>Counts only.</summary>
    None,
}

/// <summary>One report under the analysed version.</summary>
public sealed record ReportImpact(
    Guid ReportId, string Title, string OrgName, Guid? RoundId, string Stage, bool Frozen,
    decimal? StoredTotal, string? StoredGrade, string? StoredRuleSetId, int? StoredRuleSetVersion,
    decimal? NewTotal, string? NewGrade, decimal? Delta, string? Error);

/// <summary>The analysed reports and counts: scored, total changed, grade changed, refused by the rules.</summary>
public sealed record RuleSetImpact(string RuleSetId, int Version, int Reports, int Changed, int GradeChanged, int Errors, IReadOnlyList<ReportImpact> Items);

public sealed class GetRuleSetImpactHandler(RuleSetStore store, ImpactEngine engine) : IQueryHandler<GetRuleSetImpact, RuleSetImpact>
{
    public async ValueTask<RuleSetImpact> Handle(GetRuleSetImpact query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var ruleSet = store.Load(await store.GetRowAsync(query.RuleSetId, query.Version, cancellationToken));
        var source = await SourceAsync(store.Db, query.RuleSetId, query.RoundId, cancellationToken);
        var outcome = await engine.RunAsync(source, new ImpactSpec(ruleSet, Baseline: null, KeepItems: query.Items != ImpactItems.None), null, cancellationToken);
        return From(query.RuleSetId, query.Version, outcome, query.Items);
    }

    /// <summary>The reports of every round that pins the rule set, or of one round.</summary>
    public static async Task<ImpactSource> SourceAsync(PerfEvalDbContext db, string ruleSetId, Guid? roundId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rounds = roundId is { } one
            ? [one]
            : await db.Rounds.AsNoTracking().Where(r => r.RuleSetId == ruleSetId).Select(r => r.Id).ToListAsync(ct);
        return new ImpactSource(rounds, null, null, null, UseRoundWeights: true);
    }

    /// <summary>The API's view of an outcome (against stored scores).</summary>
    public static RuleSetImpact From(string ruleSetId, int version, ImpactOutcome outcome, ImpactItems items = ImpactItems.All)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var list = items switch
        {
            ImpactItems.None => [],
            ImpactItems.Changed => outcome.Items!.Where(i => i.Error is not null || i.Delta is { } d && d != 0 || i.GradeAfter != i.GradeBefore),
            _ => outcome.Items!,
        };
        return new RuleSetImpact(ruleSetId, version, outcome.Reports, outcome.ScoreChanged, outcome.GradeChanged, outcome.Failures.Count,
            [.. list.Select(ToReportImpact)]);
    }

    public static ReportImpact ToReportImpact(ImpactItem i)
    {
        ArgumentNullException.ThrowIfNull(i);
        return new ReportImpact(i.ReportId, i.Title, i.OrgName, i.RoundId, i.Stage, i.Frozen, i.StoredTotal, i.StoredGrade, i.StoredRuleSetId,
            i.StoredRuleSetVersion, i.After, i.GradeAfter, i.Delta, i.Error);
    }
}
