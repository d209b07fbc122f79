namespace PerfEval.Host.Features.Rounds.Close;

/// <summary>Closes a round: no new reports, no new submissions (see <see cref="IRoundGate"/>), no more deadline reminders.</summary>
[AuthorizeRoles(Roles.FinanceAdmin)]
public sealed record CloseRound(UserContext User, Guid Id) : ICommand<RoundDetail>, IUserMessage;

public sealed class CloseRoundHandler(PerfEvalDbContext db, RoundQueries queries, TimeProvider clock) : ICommandHandler<CloseRound, RoundDetail>
{
    public async ValueTask<RoundDetail> Handle(CloseRound command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);

        var round = await db.Rounds.FindAsync([command.Id], cancellationToken)
            ?? throw new NotFoundException(RoundText.FormatCloseRoundHandle(command.Id));
        round.Close(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return await queries.GetAsync(command.User, round.Id, cancellationToken);
    }
}
