namespace PerfEval.Host.Features.Reminders.List;

/// <summary>The caller's reminders: addressed to their organisation and their role; newest first.</summary>
public sealed record ListReminders(UserContext User, bool UnreadOnly, int Take = 100) : IQuery<IReadOnlyList<ReminderDto>>;

public sealed class ListRemindersHandler(PerfEvalDbContext db) : IQueryHandler<ListReminders, IReadOnlyList<ReminderDto>>
{
    public async ValueTask<IReadOnlyList<ReminderDto>> Handle(ListReminders query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var mine = db.Reminders.AsNoTracking().ForRecipient(query.User);
        if (query.UnreadOnly)
        {
            mine = mine.Where(r => r.ReadAtUtc == null);
        }

        var rows = await mine
            .OrderByDescending(r => r.Day).ThenByDescending(r => r.CreatedAtUtc)
            .Take(Math.Clamp(query.Take, 1, 500))
            .Select(r => new { Reminder = r, r.Report!.Title })
            .ToListAsync(cancellationToken);
        return rows.Select(x => ReminderDto.From(x.Reminder, x.Title)).ToList();
    }
}

internal static class ReminderQueryExtensions
{
    /// <summary>Reminders addressed to the user's organisation and role (a user holds exactly one role).</summary>
    public static IQueryable<Domain.Reminder> ForRecipient(this IQueryable<Domain.Reminder> reminders, UserContext user)
        => reminders.Where(r => r.RecipientOrgId == user.OrgId && r.RecipientRole == user.Role);
}
