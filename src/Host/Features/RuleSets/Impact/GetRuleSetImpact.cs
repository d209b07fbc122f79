using Mediator;
using Microsoft.EntityFrameworkCore;
using PerfEval.Host.Data;
using PerfEval.Host.Domain;
using PerfEval.Host.Features.Scoring;
using PerfEval.Host.Identity;
using PerfEval.Host.Infrastructure;

namespace PerfEval.Host.Features.RuleSets.Impact;

/// <summary>
/// Impact analysis (FinanceAdmin): re-scores, with version <see cref="Version"/> (a draft too) and each round's
/// weights, the reports of every round that pins this rule set — or only <see cref="RoundId"/>'s reports — and
/// compares with their stored scores. Nothing is stored. Accepted reports are marked <c>frozen</c>: their stored
/// score would not change whatever is published.
/// </summary>
[AuthorizeRoles(Roles.FinanceAdmin)]
public sealed record GetRuleSetImpact(UserContext User, string RuleSetId, int Version, Guid? RoundId) : IQuery<RuleSetImpact>, IUserMessage;

/// <summary>One report under the analysed version.</summary>
public sealed record ReportImpact(
    Guid ReportId, string Title, string OrgName, Guid? RoundId, string Stage, bool Frozen,
    decimal? StoredTotal, string? StoredGrade, string? StoredRuleSetId, int? StoredRuleSetVersion,
    decimal? NewTotal, string? NewGrade, decimal? Delta, string? Error);

/// <summary>The analysed reports and counts: scored, total changed, grade changed, refused by the rules.</summary>
public sealed record RuleSetImpact(string RuleSetId, int Version, int Reports, int Changed, int GradeChanged, int Errors, IReadOnlyList<ReportImpact> Items);

public sealed class GetRuleSetImpactHandler(PerfEvalDbContext db, RuleSetStore store) : IQueryHandler<GetRuleSetImpact, RuleSetImpact>
{
    /// <summary>More than this many reports: narrow the analysis to one round.</summary>
    public const int MaxReports = 5000;

    public async ValueTask<RuleSetImpact> Handle(GetRuleSetImpact query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var ruleSet = store.Load(await store.GetRowAsync(query.RuleSetId, query.Version, cancellationToken));
        var reports = db.Reports.AsNoTracking().Include(r => r.Round).Include(r => r.Org).AsQueryable();
        reports = query.RoundId is { } roundId
            ? reports.Where(r => r.RoundId == roundId)
            : reports.Where(r => r.Round != null && r.Round.RuleSetId == query.RuleSetId);
        var list = await reports.OrderBy(r => r.Title).Take(MaxReports + 1).ToListAsync(cancellationToken);
        if (list.Count > MaxReports)
        {
            throw new BadInputException("roundId", $"涉及的报告超过 {MaxReports} 份，请指定一个自评任务（roundId）分批分析。");
        }

        var items = new List<ReportImpact>(list.Count);
        foreach (var r in list)
        {
            decimal? total = null;
            string? grade = null;
            string? error = null;
            try
            {
                var result = ReportScoring.ScoreOnly(ruleSet, RoundWeights.Parse(r.Round?.Level1Weights, "round.level1Weights"), r.Kind, r.Content);
                (total, grade) = (result.Total, result.Grade);
            }
            catch (BadInputException e)
            {
                error = e.Message;
            }

            items.Add(new ReportImpact(
                r.Id, r.Title, r.Org?.Name ?? "", r.RoundId, r.Stage, r.Stage == ReportStages.Accepted && r.ScoredTotal is not null,
                r.ScoredTotal, r.ScoredGrade, r.ScoredRuleSetId, r.ScoredRuleSetVersion, total, grade,
                total is { } t && r.ScoredTotal is { } s ? t - s : null, error));
        }

        return new RuleSetImpact(query.RuleSetId, query.Version, items.Count,
            items.Count(i => i.Delta is { } d && d != 0), items.Count(i => i.NewGrade is not null && i.StoredGrade is not null && i.NewGrade != i.StoredGrade),
            items.Count(i => i.Error is not null), items);
    }
}
