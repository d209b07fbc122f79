using MimeKit;

namespace PerfEval.Host.Features.Reminders.Email;

/// <summary>Builds the reminder e-mail (kept apart from sending so it can be tested without a server).</summary>
public static class ReminderEmailComposer
{
    public static MimeMessage Compose(ReminderNotice notice, IReadOnlyCollection<MailboxAddress> to, SmtpOptions options)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(options);
        if (to.Count == 0)
        {
            throw new ArgumentException("A reminder e-mail needs at least one recipient.", nameof(to));
        }

        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(options.FromName, options.From));
        message.To.AddRange(to);
        message.Subject = ReminderTexts.EmailSubject(notice);
        var body = $"{notice.RecipientOrgName}：\n\n{notice.Reminder.Message}\n";
        if (!string.IsNullOrWhiteSpace(options.PublicBaseUrl))
        {
            body += ReminderTexts.FormatReminderEmailComposerCompose(options.PublicBaseUrl.TrimEnd('/'), notice.Reminder.ReportId);
        }

        body += ReminderTexts.ReminderEmailComposerCompose2;
        message.Body = new TextPart(MimeKit.Text.TextFormat.Plain) { Text = body };
        // Same reminder, same Message-Id: a mail server or client can drop a resend.
        message.MessageId = $"reminder-{notice.Reminder.Id:N}@perfeval";
        return message;
    }
}
