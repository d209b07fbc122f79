namespace PerfEval.Host.Features.Rounds.Joinable;

/// <summary>
/// The open rounds a new report of <see cref="Kind"/> by the sender's organisation may join: of that kind, with the
/// organisation among their targets (the same rule the report's creation enforces).
/// </summary>
public sealed record ListJoinableRounds(UserContext User, ReportKind Kind) : IQuery<IReadOnlyList<RoundSummary>>, IUserMessage;

public sealed class ListJoinableRoundsHandler(PerfEvalDbContext db, RoundQueries queries) : IQueryHandler<ListJoinableRounds, IReadOnlyList<RoundSummary>>
{
    public async ValueTask<IReadOnlyList<RoundSummary>> Handle(ListJoinableRounds query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var orgId = query.User.OrgId;
        var ids = await db.Rounds.AsNoTracking()
            .Where(r => r.Status == RoundStatus.Open && r.Kind == query.Kind && db.RoundTargets.Any(t => t.RoundId == r.Id && t.OrgId == orgId))
            .Select(r => r.Id)
            .ToListAsync(cancellationToken);
        return [.. (await queries.ListAsync(query.User, cancellationToken)).Where(r => ids.Contains(r.Id))];
    }
}
