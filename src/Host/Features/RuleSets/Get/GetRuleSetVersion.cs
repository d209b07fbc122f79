namespace PerfEval.Host.Features.RuleSets.Get;

/// <summary>One version with its JSON; for a draft, also the loader's current problems (empty when it would publish).</summary>
public sealed record GetRuleSetVersion(string RuleSetId, int Version) : IQuery<RuleSetVersionDetail>;

public sealed class GetRuleSetVersionHandler(RuleSetStore store) : IQueryHandler<GetRuleSetVersion, RuleSetVersionDetail>
{
    public async ValueTask<RuleSetVersionDetail> Handle(GetRuleSetVersion query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var row = await store.GetRowAsync(query.RuleSetId, query.Version, cancellationToken);
        IReadOnlyList<RuleSetProblem> problems = row.Status == RuleSetStatus.Draft ? RuleSetLoader.Load(row.Json).Problems : [];
        return new RuleSetVersionDetail(RuleSetVersionInfo.From(row), row.Json, problems);
    }
}
