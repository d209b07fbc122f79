namespace PerfEval.Host.Features.RuleSets.List;

/// <summary>Every rule set with its versions (newest first) and statuses. Readable by any signed-in user.</summary>
public sealed record ListRuleSets : IQuery<IReadOnlyList<RuleSetSummary>>;

public sealed class ListRuleSetsHandler(PerfEvalDbContext db) : IQueryHandler<ListRuleSets, IReadOnlyList<RuleSetSummary>>
{
    public async ValueTask<IReadOnlyList<RuleSetSummary>> Handle(ListRuleSets query, CancellationToken cancellationToken)
    {
        // Without the JSON (tens of kilobytes per version).
        var rows = await db.RuleSets.AsNoTracking()
            .Select(v => new RuleSetVersionInfo(
                v.RuleSetId, v.Version, v.Status, v.Name, v.Kind, v.ChangeNote, v.CreatedAtUtc, v.CreatedBy, v.UpdatedAtUtc, v.UpdatedBy,
                v.PublishedAtUtc, v.PublishedBy, v.RetiredAtUtc, v.RetiredBy, v.Revision))
            .ToListAsync(cancellationToken);
        return rows.GroupBy(v => v.RuleSetId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var versions = g.OrderByDescending(v => v.Version).ToList();
                var latestPublished = versions.FirstOrDefault(v => v.Status == RuleSetStatus.Published);
                var named = latestPublished ?? versions[0];
                return new RuleSetSummary(g.Key, named.Name, named.Kind, latestPublished?.Version, versions);
            })
            .ToList();
    }
}
