namespace PerfEval.Host.Features.Reminders;

/// <summary>A stored reminder ready to deliver, with the names a message needs.</summary>
/// <param name="Reminder">The row that won the insert (the in-app inbox entry).</param>
/// <param name="ReportTitle">项目名称 of the report.</param>
/// <param name="RecipientOrgName">The recipient organisation's name.</param>
public sealed record ReminderNotice(Reminder Reminder, string ReportTitle, string RecipientOrgName);

/// <summary>
/// Delivers a reminder after its row was stored. Called only by the job run whose insert won, so a
/// sender never sees the same reminder twice from the scan. A failing sender is logged and does not
/// undo the stored (in-app) reminder.
/// </summary>
public interface IReminderSender
{
    /// <summary>Short name for logs (e.g. "in-app", "email").</summary>
    string Channel { get; }

    Task SendAsync(ReminderNotice notice, CancellationToken cancellationToken);
}
