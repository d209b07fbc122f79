namespace PerfEval.Host.Features.RuleSets.Audit;

/// <summary>The audit trail of a rule set, oldest first (404 for an unknown id).</summary>
public sealed record GetRuleSetAudit(string RuleSetId) : IQuery<IReadOnlyList<RuleSetAuditEntry>>;

public sealed class GetRuleSetAuditHandler(PerfEvalDbContext db) : IQueryHandler<GetRuleSetAudit, IReadOnlyList<RuleSetAuditEntry>>
{
    public async ValueTask<IReadOnlyList<RuleSetAuditEntry>> Handle(GetRuleSetAudit query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var rows = await AuditTrails.ReadAsync(
            db.RuleSets, v => v.RuleSetId == query.RuleSetId, db.RuleSetAudit.Where(a => a.RuleSetId == query.RuleSetId).OrderBy(a => a.Id),
            RuleSetText.FormatNotFound(query.RuleSetId), cancellationToken);
        return [.. rows.Select(RuleSetAuditEntry.From)];
    }
}
