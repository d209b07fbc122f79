namespace PerfEval.Host.Features.Reminders.Email;

/// <summary>Configuration section <c>Smtp</c>; the e-mail sender is registered only when <see cref="Host"/> is set.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>Auto | None | SslOnConnect | StartTls | StartTlsWhenAvailable (MailKit's SecureSocketOptions).</summary>
    public string Security { get; set; } = "StartTls";

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>Sender address; required when <see cref="Host"/> is set.</summary>
    public string From { get; set; } = "";

    public string FromName { get; set; } = "绩效自评系统";

    /// <summary>Public address of the site, for the link in the mail (e.g. https://perfeval.example.gov.cn).</summary>
    public string? PublicBaseUrl { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}
