namespace PerfEval.Host.Features.Rounds.Deadline;

/// <summary>
/// Moves an open round's deadline (and, when given, its warning days). Reminders and the dashboard read the round at
/// their next scan, so they follow at once; reminders already sent stay as they are. FinanceAdmin only.
/// </summary>
[AuthorizeRoles(Roles.FinanceAdmin)]
public sealed record ChangeRoundDeadline(UserContext User, Guid Id, DateOnly Deadline, int? WarningDays) : ICommand<RoundDetail>, IUserMessage;

public sealed class ChangeRoundDeadlineValidator : AbstractValidator<ChangeRoundDeadline>
{
    public ChangeRoundDeadlineValidator()
    {
        RuleFor(c => c.Deadline).NotEqual(default(DateOnly)).WithMessage(RoundText.ChangeRoundDeadlineValidator);
        RuleFor(c => c.WarningDays).InclusiveBetween(0, 365).When(c => c.WarningDays is not null).WithMessage(RoundText.ChangeRoundDeadlineValidator2);
    }
}

public sealed class ChangeRoundDeadlineHandler(PerfEvalDbContext db, RoundQueries queries, BureauCalendar calendar)
    : ICommandHandler<ChangeRoundDeadline, RoundDetail>
{
    public async ValueTask<RoundDetail> Handle(ChangeRoundDeadline command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);

        var round = await db.Rounds.FindAsync([command.Id], cancellationToken)
            ?? throw new NotFoundException(RoundText.FormatChangeRoundDeadlineHandle(command.Id));
        // "Today" is the bureau's date, as the reminders count it.
        round.ChangeDeadline(command.Deadline, command.WarningDays, calendar.Today);
        await db.SaveChangesAsync(cancellationToken);
        return await queries.GetAsync(command.User, round.Id, cancellationToken);
    }
}
