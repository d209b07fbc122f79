using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.AspNetCore.Identity;
using MimeKit;

namespace PerfEval.Host.Features.Reminders.Email;

/// <summary>
/// E-mails a reminder to every user with the recipient role in the recipient organisation who has an address.
/// Registered only when <c>Smtp:Host</c> is configured.
/// </summary>
public sealed class MailKitReminderSender(UserManager<AppUser> users, IOptions<SmtpOptions> options, ILogger<MailKitReminderSender> logger) : IReminderSender
{
    public string Channel => "email";

    public async Task SendAsync(ReminderNotice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var smtp = options.Value;
        var host = smtp.Host ?? throw new InvalidOperationException("Smtp:Host is not configured.");
        var holders = await users.GetUsersInRoleAsync(notice.Reminder.RecipientRole);
        var to = holders
            .Where(u => u.OrgId == notice.Reminder.RecipientOrgId && !string.IsNullOrWhiteSpace(u.Email))
            .Select(u => new MailboxAddress(u.DisplayName, u.Email!))
            .ToList();
        if (to.Count == 0)
        {
            logger.LogInformation("No e-mail address for {Role} of {Org}; reminder {Id} stays in-app only.",
                notice.Reminder.RecipientRole, notice.RecipientOrgName, notice.Reminder.Id);
            return;
        }

        using var message = ReminderEmailComposer.Compose(notice, to, smtp);
        using var client = new SmtpClient();
        await client.ConnectAsync(host, smtp.Port, Enum.Parse<SecureSocketOptions>(smtp.Security, ignoreCase: true), cancellationToken);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
