using PerfEval.Host.Features.Reminders.List;

namespace PerfEval.Host.Features.Reminders.MarkRead;

/// <summary>Marks one of the caller's reminders as read (idempotent; someone else's reminder is a 404).</summary>
public sealed record MarkReminderRead(UserContext User, Guid Id) : ICommand<ReminderDto>;

public sealed class MarkReminderReadHandler(PerfEvalDbContext db, TimeProvider clock) : ICommandHandler<MarkReminderRead, ReminderDto>
{
    public async ValueTask<ReminderDto> Handle(MarkReminderRead command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var row = await db.Reminders.ForRecipient(command.User)
            .Where(r => r.Id == command.Id)
            .Select(r => new { Reminder = r, r.Report!.Title })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(ReminderTexts.FormatMarkReminderReadHandle(command.Id));
        if (row.Reminder.ReadAtUtc is null)
        {
            row.Reminder.ReadAtUtc = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(cancellationToken);
        }

        return ReminderDto.From(row.Reminder, row.Title);
    }
}
