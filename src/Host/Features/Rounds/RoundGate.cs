namespace PerfEval.Host.Features.Rounds;

/// <summary>
/// The check the approval workflow calls before a report is submitted (Draft → next stage):
/// a closed round accepts no new submissions. Reports outside any round are always accepted.
/// </summary>
public interface IRoundGate
{
    /// <summary>Whether the round (if any) still accepts submissions and new reports.</summary>
    Task<bool> IsOpenAsync(Guid? roundId, CancellationToken cancellationToken);

    /// <summary>Throws <see cref="ConflictException"/> (409, names the round) when the round is closed.</summary>
    Task EnsureAcceptsSubmissionAsync(Guid? roundId, CancellationToken cancellationToken);
}

internal sealed class RoundGate(PerfEvalDbContext db) : IRoundGate
{
    public async Task<bool> IsOpenAsync(Guid? roundId, CancellationToken cancellationToken)
        => await FindClosedAsync(roundId, cancellationToken).ConfigureAwait(false) is null;

    public async Task EnsureAcceptsSubmissionAsync(Guid? roundId, CancellationToken cancellationToken)
    {
        if (await FindClosedAsync(roundId, cancellationToken).ConfigureAwait(false) is { } name)
        {
            throw new ConflictException(RoundText.FormatRoundGateEnsureAcceptsSubmissionAsync(name));
        }
    }

    private async Task<string?> FindClosedAsync(Guid? roundId, CancellationToken ct)
    {
        if (roundId is not { } id)
        {
            return null;
        }

        return await db.Rounds.AsNoTracking()
            .Where(r => r.Id == id && r.Status == RoundStatus.Closed)
            .Select(r => r.Name)
            .FirstOrDefaultAsync(ct)
            .ConfigureAwait(false);
    }
}
