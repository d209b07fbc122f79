namespace PerfEval.Host.DemoData;

/// <summary>Demo data switches (<c>Demo:*</c>).</summary>
public sealed class DemoSettings
{
    /// <summary>Load demo organisations, users and reports into an empty database.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Demo users share a published password; outside Development this must be set explicitly.</summary>
    public bool AllowOutsideDevelopment { get; set; }

    public const string Password = "PerfEval-demo-2026";
}
