namespace PerfEval.Host.Features.Reminders;

/// <summary>
/// The in-app inbox: the stored row already is the delivery, so this only records it in the log — at Debug level: a scan
/// may store 100 000 reminders, and the job logs one summary line per run.
/// </summary>
public sealed class InAppReminderSender(ILogger<InAppReminderSender> logger) : IReminderSender
{
    public string Channel => "in-app";

    public Task SendAsync(ReminderNotice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        logger.LogDebug(
            "Reminder {Kind} for report {ReportId} to {Role} of {Org}{Escalated}.",
            notice.Reminder.Kind, notice.Reminder.ReportId, notice.Reminder.RecipientRole, notice.RecipientOrgName,
            notice.Reminder.Escalated ? " (escalated)" : "");
        return Task.CompletedTask;
    }
}
