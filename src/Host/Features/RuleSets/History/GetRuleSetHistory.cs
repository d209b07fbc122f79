namespace PerfEval.Host.Features.RuleSets.History;

/// <summary>
/// A rule set with every version's JSON and its audit trail, in one query: what the rubric editor opens, and what it reloads
/// after a publish, roll back or retire (404 for an unknown id).
/// </summary>
[AuthorizeRoles(Roles.FinanceAdmin)]
public sealed record GetRuleSetHistory(UserContext User, string RuleSetId) : IQuery<RuleSetHistory>, IUserMessage;

/// <summary>One version as the editor shows it: who last touched it (the publisher once published), and when.</summary>
public sealed record RuleSetHistoryVersion(int Version, RuleSetStatus Status, string Json, string? ChangeNote, string Author, DateTime AtUtc, int Revision);

/// <summary>A rule set's versions (oldest first) and audit (oldest first).</summary>
public sealed record RuleSetHistory(string RuleSetId, string Name, RubricKind Kind, IReadOnlyList<RuleSetHistoryVersion> Versions, IReadOnlyList<RuleSetAuditEntry> Audit)
{
    /// <summary>The open draft, if any.</summary>
    public RuleSetHistoryVersion? Draft => Versions.LastOrDefault(v => v.Status == RuleSetStatus.Draft);

    /// <summary>The latest published version, if any.</summary>
    public RuleSetHistoryVersion? Published => Versions.LastOrDefault(v => v.Status == RuleSetStatus.Published);

    /// <summary>What the editor works on: the draft if there is one, else the published version, else the latest.</summary>
    public RuleSetHistoryVersion Current => Draft ?? Published ?? Versions[^1];
}

public sealed class GetRuleSetHistoryHandler(PerfEvalDbContext db) : IQueryHandler<GetRuleSetHistory, RuleSetHistory>
{
    public async ValueTask<RuleSetHistory> Handle(GetRuleSetHistory query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var versions = await db.RuleSets.AsNoTracking().Where(v => v.RuleSetId == query.RuleSetId).OrderBy(v => v.Version).ToListAsync(cancellationToken);
        if (versions.Count == 0)
        {
            throw new NotFoundException(RuleSetText.FormatNotFound(query.RuleSetId));
        }

        var audit = await db.RuleSetAudit.AsNoTracking().Where(a => a.RuleSetId == query.RuleSetId).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var named = versions.LastOrDefault(v => v.Status == RuleSetStatus.Published) ?? versions[^1];
        return new RuleSetHistory(query.RuleSetId, named.Name, named.Kind,
            [.. versions.Select(v => new RuleSetHistoryVersion(v.Version, v.Status, v.Json, v.ChangeNote, v.PublishedBy ?? v.UpdatedBy, v.PublishedAtUtc ?? v.UpdatedAtUtc, v.Revision))],
            [.. audit.Select(RuleSetAuditEntry.From)]);
    }
}
