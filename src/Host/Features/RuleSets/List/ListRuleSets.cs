using Mediator;
using Microsoft.EntityFrameworkCore;
using PerfEval.Host.Data;
using PerfEval.Host.Domain;

namespace PerfEval.Host.Features.RuleSets.List;

/// <summary>Every rule set with its versions (newest first) and statuses. Readable by any signed-in user.</summary>
public sealed record ListRuleSets : IQuery<IReadOnlyList<RuleSetSummary>>;

public sealed class ListRuleSetsHandler(PerfEvalDbContext db) : IQueryHandler<ListRuleSets, IReadOnlyList<RuleSetSummary>>
{
    public async ValueTask<IReadOnlyList<RuleSetSummary>> Handle(ListRuleSets query, CancellationToken cancellationToken)
    {
        var rows = await db.RuleSets.AsNoTracking().ToListAsync(cancellationToken);
        return rows.GroupBy(v => v.RuleSetId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var versions = g.OrderByDescending(v => v.Version).ToList();
                var latestPublished = versions.FirstOrDefault(v => v.Status == RuleSetStatus.Published);
                var named = latestPublished ?? versions[0];
                return new RuleSetSummary(g.Key, named.Name, named.Kind, latestPublished?.Version, [.. versions.Select(RuleSetVersionInfo.From)]);
            })
            .ToList();
    }
}
