using PerfEval.Workflows.Reminders;

namespace PerfEval.Host.Features.Reminders;

/// <summary>The Chinese texts of reminders, kept in one place.</summary>
public static class ReminderTexts
{
    private static readonly TextResources R = new(typeof(ReminderTexts));

    public static string KindLabel(ReminderKind kind) => kind switch
    {
        ReminderKind.NearDeadline => R["KindLabel_NearDeadline"],
        ReminderKind.Overdue => R["KindLabel_Overdue"],
        ReminderKind.StageStalled => R["KindLabel_StageStalled"],
        ReminderKind.Returned => R["KindLabel_Returned"],
        _ => kind.ToString(),
    };

    /// <summary>The inbox line for a reminder.</summary>
    public static string Message(ReminderDue due, string reportTitle, string reportOrgName, string stage, DateOnly? deadline)
    {
        ArgumentNullException.ThrowIfNull(due);
        var title = string.IsNullOrWhiteSpace(reportTitle) ? R["Message"] : reportTitle;
        var subject = due.Escalated ? R.Format("Message_2", reportOrgName, title) : $"《{title}》";
        var deadlineText = deadline?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";
        return due.Kind switch
        {
            ReminderKind.NearDeadline when due.Days == 0 => R.Format("Message_0", subject, deadlineText),
            ReminderKind.NearDeadline => R.Format("Message_NearDeadline", subject, deadlineText, due.Days),
            ReminderKind.Overdue => R.Format("Message_Overdue", subject, due.Days, deadlineText),
            ReminderKind.StageStalled => R.Format("Message_StageStalled", subject, ReportStages.Label(stage), due.Days),
            _ => R.Format("Message_Other", subject),
        };
    }

    /// <summary>The inbox line for a returned report.</summary>
    public static string Returned(string reportTitle, string actorName, string actorOrgName, string stageLabel, string? opinion)
    {
        var title = string.IsNullOrWhiteSpace(reportTitle) ? R["Returned"] : reportTitle;
        return R.Format("Returned_3", title, actorOrgName, actorName, stageLabel, opinion ?? R["Returned_2"]);
    }

    /// <summary>E-mail subject line.</summary>
    public static string EmailSubject(ReminderNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var prefix = notice.Reminder.Kind == ReminderKind.Returned ? R["EmailSubject"] : notice.Reminder.Escalated ? R["EmailSubject_2"] : R["EmailSubject_3"];
        return R.Format("EmailSubject_4", prefix, KindLabel(notice.Reminder.Kind), notice.ReportTitle);
    }

    public static string MarkReminderReadHandle(object? id) =>
        R.Format(nameof(MarkReminderReadHandle), id);

    public static string ReminderEmailComposerCompose(object? value, object? reportId) =>
        R.Format(nameof(ReminderEmailComposerCompose), value, reportId);

    public static string ReminderEmailComposerCompose2 => R[nameof(ReminderEmailComposerCompose2)];
}
