namespace PerfEval.Host.Features.RuleSets.Diff;

/// <summary>What changed from version <see cref="From"/> to <see cref="To"/> (<see cref="RubricDiff.Compare"/>).</summary>
public sealed record DiffRuleSetVersions(string RuleSetId, int From, int To) : IQuery<RuleSetDiff>;

public sealed class DiffRuleSetVersionsHandler(RuleSetStore store) : IQueryHandler<DiffRuleSetVersions, RuleSetDiff>
{
    public async ValueTask<RuleSetDiff> Handle(DiffRuleSetVersions query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var before = Read(await store.GetRowAsync(query.RuleSetId, query.From, cancellationToken), "from");
        var after = Read(await store.GetRowAsync(query.RuleSetId, query.To, cancellationToken), "to");
        return new RuleSetDiff(query.RuleSetId, query.From, query.To, RubricDiff.Compare(before, after));
    }

    private static RubricDefinition Read(Domain.RuleSetVersion row, string field)
    {
        try
        {
            return RubricDefinition.FromWorkflowJson(row.Json);
        }
        catch (FormatException e)
        {
            throw new BadInputException(field, RuleSetText.FormatDiffRuleSetVersionsRead(row.Version, e.Message));
        }
    }
}
