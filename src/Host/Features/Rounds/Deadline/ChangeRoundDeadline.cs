using FluentValidation;
using Mediator;
using Microsoft.Extensions.Options;
using PerfEval.Host.Data;
using PerfEval.Host.Domain;
using PerfEval.Host.Features.Reminders;
using PerfEval.Host.Identity;
using PerfEval.Host.Infrastructure;
using PerfEval.Workflows.Reminders;

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
        RuleFor(c => c.Deadline).NotEqual(default(DateOnly)).WithMessage("请填写截止日期。");
        RuleFor(c => c.WarningDays).InclusiveBetween(0, 365).When(c => c.WarningDays is not null).WithMessage("预警天数应在 0–365 之间。");
    }
}

public sealed class ChangeRoundDeadlineHandler(PerfEvalDbContext db, RoundQueries queries, BureauCalendar calendar)
    : ICommandHandler<ChangeRoundDeadline, RoundDetail>
{
    public async ValueTask<RoundDetail> Handle(ChangeRoundDeadline command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);

        var round = await db.Rounds.FindAsync([command.Id], cancellationToken)
            ?? throw new NotFoundException($"自评任务 {command.Id} 不存在。");
        if (round.Status == RoundStatus.Closed)
        {
            throw new ConflictException($"自评任务「{round.Name}」已关闭，不能再调整截止日期。");
        }

        // "Today" is the bureau's date, as the reminders count it.
        var today = calendar.Today;
        if (command.Deadline < today)
        {
            throw new BadInputException("deadline", $"截止日期 {command.Deadline:yyyy-MM-dd} 早于今天（{today:yyyy-MM-dd}）。");
        }

        round.Deadline = command.Deadline;
        round.WarningDays = command.WarningDays ?? round.WarningDays;
        await db.SaveChangesAsync(cancellationToken);
        return await queries.GetAsync(command.User, round.Id, cancellationToken);
    }
}
