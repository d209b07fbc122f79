namespace PerfEval.Host.Features.Rounds.Get;

/// <summary>One round with its targets and the reports the caller may see.</summary>
public sealed record GetRound(UserContext User, Guid Id) : IQuery<RoundDetail>;

public sealed class GetRoundHandler(RoundQueries queries) : IQueryHandler<GetRound, RoundDetail>
{
    public async ValueTask<RoundDetail> Handle(GetRound query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return await queries.GetAsync(query.User, query.Id, cancellationToken);
    }
}
