using MimeKit;
using PerfEval.Host.Domain;
using PerfEval.Host.Features.Reminders;
using PerfEval.Host.Features.Reminders.Email;
using PerfEval.Workflows.Reminders;

namespace PerfEval.Host.Tests;

/// <summary>The e-mail's composition (no SMTP server is contacted).</summary>
public sealed class RemindersEmailTests
{
    private static ReminderNotice Notice(bool escalated) => new(
        new Reminder
        {
            Id = Guid.Parse("11111111-2222-3333-4444-555555555555"), ReportId = Guid.Parse("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"),
            Stage = ReportStages.Draft, Kind = ReminderKind.Overdue, Day = new DateOnly(2026, 12, 2), RecipientOrgId = Guid.NewGuid(),
            RecipientRole = Roles.Preparer, Escalated = escalated, Days = 2, Message = "《测试项目》自评报告已逾期 2 天未提交（截止日期 2026-11-30）。",
        },
        "测试项目", "示范市社会保险事业管理中心");

    private static readonly SmtpOptions Options = new()
    {
        Host = "smtp.example.gov.cn", From = "noreply@example.gov.cn", FromName = "绩效自评系统", PublicBaseUrl = "https://perfeval.example.gov.cn/",
    };

    [Fact]
    public void Compose_Reminder_AddressesSubjectBodyAndLink()
    {
        using var message = ReminderEmailComposer.Compose(Notice(false), [new MailboxAddress("张填报", "zhang@example.gov.cn")], Options);

        Assert.Equal("noreply@example.gov.cn", message.From.Mailboxes.Single().Address);
        Assert.Equal("zhang@example.gov.cn", message.To.Mailboxes.Single().Address);
        Assert.Equal("[绩效自评] 催办：逾期未交 — 测试项目", message.Subject);
        Assert.Contains("已逾期 2 天未提交", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://perfeval.example.gov.cn/reports/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee", message.TextBody, StringComparison.Ordinal);
        Assert.Equal("reminder-11111111222233334444555555555555@perfeval", message.MessageId);
    }

    [Fact]
    public void Compose_Escalated_SubjectSaysSupervision()
    {
        using var message = ReminderEmailComposer.Compose(Notice(true), [new MailboxAddress("王科长", "wang@example.gov.cn")], Options);

        Assert.StartsWith("[绩效自评] 督办", message.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_NoRecipients_Throws()
    {
        Assert.Throws<ArgumentException>(() => ReminderEmailComposer.Compose(Notice(false), [], Options));
    }
}
