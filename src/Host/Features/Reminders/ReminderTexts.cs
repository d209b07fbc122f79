using PerfEval.Workflows.Reminders;

namespace PerfEval.Host.Features.Reminders;

/// <summary>The Chinese texts of reminders, kept in one place.</summary>
internal static partial class ReminderTexts
{
    public static string KindLabel(ReminderKind kind) => kind switch
    {
        ReminderKind.NearDeadline => KindLabel_NearDeadline,
        ReminderKind.Overdue => KindLabel_Overdue,
        ReminderKind.StageStalled => KindLabel_StageStalled,
        ReminderKind.Returned => KindLabel_Returned,
        _ => kind.ToString(),
    };

    /// <summary>The inbox line for a reminder.</summary>
    public static string Message(ReminderDue due, string reportTitle, string reportOrgName, string stage, DateOnly? deadline)
    {
        ArgumentNullException.ThrowIfNull(due);
        var title = string.IsNullOrWhiteSpace(reportTitle) ? MessageTemplate : reportTitle;
        var subject = due.Escalated ? FormatMessage_2(reportOrgName, title) : $"《{title}》";
        var deadlineText = deadline?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";
        return due.Kind switch
        {
            ReminderKind.NearDeadline when due.Days == 0 => FormatMessage_0(subject, deadlineText),
            ReminderKind.NearDeadline => FormatMessage_NearDeadline(subject, deadlineText, due.Days),
            ReminderKind.Overdue => FormatMessage_Overdue(subject, due.Days, deadlineText),
            ReminderKind.StageStalled => FormatMessage_StageStalled(subject, ReportStages.Label(stage), due.Days),
            _ => FormatMessage_Other(subject),
        };
    }

    /// <summary>The inbox line for a returned report.</summary>
    public static string Returned(string reportTitle, string actorName, string actorOrgName, string stageLabel, string? opinion)
    {
        var title = string.IsNullOrWhiteSpace(reportTitle) ? ReturnedTemplate : reportTitle;
        return FormatReturned_3(title, actorOrgName, actorName, stageLabel, opinion ?? Returned_2);
    }

    /// <summary>E-mail subject line.</summary>
    public static string EmailSubject(ReminderNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var prefix = notice.Reminder.Kind == ReminderKind.Returned ? EmailSubjectTemplate : notice.Reminder.Escalated ? EmailSubject_2 : EmailSubject_3;
        return FormatEmailSubject_4(prefix, KindLabel(notice.Reminder.Kind), notice.ReportTitle);
    }
}
