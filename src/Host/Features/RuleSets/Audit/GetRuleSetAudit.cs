namespace PerfEval.Host.Features.RuleSets.Audit;

/// <summary>The audit trail of a rule set, oldest first (404 for an unknown id).</summary>
public sealed record GetRuleSetAudit(string RuleSetId) : IQuery<IReadOnlyList<RuleSetAuditEntry>>;

public sealed class GetRuleSetAuditHandler(PerfEvalDbContext db) : IQueryHandler<GetRuleSetAudit, IReadOnlyList<RuleSetAuditEntry>>
{
    public async ValueTask<IReadOnlyList<RuleSetAuditEntry>> Handle(GetRuleSetAudit query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!await db.RuleSets.AnyAsync(v => v.RuleSetId == query.RuleSetId, cancellationToken))
        {
            throw new NotFoundException(RuleSetText.FormatNotFound(query.RuleSetId));
        }

        var rows = await db.RuleSetAudit.AsNoTracking().Where(a => a.RuleSetId == query.RuleSetId).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        return [.. rows.Select(RuleSetAuditEntry.From)];
    }
}
