namespace PerfEval.Host.Security;

/// <summary>Settings of the <c>Security</c> configuration section.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>Sign-in attempts (API and sign-in page) one client address may make per minute; more get 429.</summary>
    public int LoginAttemptsPerMinute { get; set; } = 10;
}
