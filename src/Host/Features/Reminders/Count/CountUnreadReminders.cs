using PerfEval.Host.Features.Reminders.List;

namespace PerfEval.Host.Features.Reminders.Count;

/// <summary>How many of the caller's reminders are unread (for the badge).</summary>
public sealed record CountUnreadReminders(UserContext User) : IQuery<UnreadCount>;

public sealed class CountUnreadRemindersHandler(PerfEvalDbContext db) : IQueryHandler<CountUnreadReminders, UnreadCount>
{
    public async ValueTask<UnreadCount> Handle(CountUnreadReminders query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var count = await db.Reminders.AsNoTracking().ForRecipient(query.User).CountAsync(r => r.ReadAtUtc == null, cancellationToken);
        return new UnreadCount(count);
    }
}
