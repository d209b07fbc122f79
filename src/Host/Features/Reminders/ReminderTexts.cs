using PerfEval.Host.Domain;
using PerfEval.Workflows.Reminders;

namespace PerfEval.Host.Features.Reminders;

/// <summary>The Chinese texts of reminders, kept in one place.</summary>
public static class ReminderTexts
{
    public static string KindLabel(ReminderKind kind) => kind switch
    {
        ReminderKind.NearDeadline => "临近截止",
        ReminderKind.Overdue => "逾期未交",
        ReminderKind.StageStalled => "环节超期",
        ReminderKind.Returned => "已退回",
        _ => kind.ToString(),
    };

    /// <summary>The inbox line for a reminder.</summary>
    public static string Message(ReminderDue due, string reportTitle, string reportOrgName, string stage, DateOnly? deadline)
    {
        ArgumentNullException.ThrowIfNull(due);
        var title = string.IsNullOrWhiteSpace(reportTitle) ? "未命名报告" : reportTitle;
        var subject = due.Escalated ? $"【督办】{reportOrgName}的《{title}》" : $"《{title}》";
        var deadlineText = deadline?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";
        return due.Kind switch
        {
            ReminderKind.NearDeadline when due.Days == 0 => $"{subject}自评报告尚未提交，今天（{deadlineText}）是截止日期。",
            ReminderKind.NearDeadline => $"{subject}自评报告尚未提交，距截止日期 {deadlineText} 还有 {due.Days} 天。",
            ReminderKind.Overdue => $"{subject}自评报告已逾期 {due.Days} 天未提交（截止日期 {deadlineText}）。",
            ReminderKind.StageStalled => $"{subject}在“{ReportStages.Label(stage)}”环节已超期 {due.Days} 天，请尽快处理。",
            _ => $"{subject}需要处理。",
        };
    }

    /// <summary>The inbox line for a returned report.</summary>
    public static string Returned(string reportTitle, string actorName, string actorOrgName, string stageLabel, string? opinion)
    {
        var title = string.IsNullOrWhiteSpace(reportTitle) ? "未命名报告" : reportTitle;
        return $"《{title}》已被{actorOrgName} {actorName} 退回至“{stageLabel}”，退回意见：{opinion ?? "（无）"}";
    }

    /// <summary>E-mail subject line.</summary>
    public static string EmailSubject(ReminderNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var prefix = notice.Reminder.Kind == ReminderKind.Returned ? "退回" : notice.Reminder.Escalated ? "督办" : "催办";
        return $"[绩效自评] {prefix}：{KindLabel(notice.Reminder.Kind)} — {notice.ReportTitle}";
    }
}
