namespace PerfEval.Host.Features.Reminders;

/// <summary>The in-app inbox: the stored row already is the delivery, so this only records it in the log.</summary>
public sealed class InAppReminderSender(ILogger<InAppReminderSender> logger) : IReminderSender
{
    public string Channel => "in-app";

    public Task SendAsync(ReminderNotice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        logger.LogInformation(
            "Reminder {Kind} for report {ReportId} to {Role} of {Org}{Escalated}.",
            notice.Reminder.Kind, notice.Reminder.ReportId, notice.Reminder.RecipientRole, notice.RecipientOrgName,
            notice.Reminder.Escalated ? " (escalated)" : "");
        return Task.CompletedTask;
    }
}
