namespace PerfEval.Host.Features.Rounds.List;

/// <summary>Rounds touching the caller's organisation or one below it.</summary>
public sealed record ListRounds(UserContext User) : IQuery<IReadOnlyList<RoundSummary>>;

public sealed class ListRoundsHandler(RoundQueries queries) : IQueryHandler<ListRounds, IReadOnlyList<RoundSummary>>
{
    public async ValueTask<IReadOnlyList<RoundSummary>> Handle(ListRounds query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return await queries.ListAsync(query.User, cancellationToken);
    }
}
