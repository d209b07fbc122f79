namespace PerfEval.Host.Features.Attachments;

/// <summary>Settings of the <c>Attachments</c> configuration section.</summary>
public sealed class AttachmentOptions
{
    public const string Section = "Attachments";

    /// <summary>Largest file accepted (default 20 MiB). Over it: 413, nothing stored.</summary>
    public long MaxFileBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>Largest total of one report's files (default 100 MiB). An upload that would pass it: 413, nothing stored.</summary>
    public long MaxReportBytes { get; set; } = 100L * 1024 * 1024;

    /// <summary>Files one report may have (default 200).</summary>
    public int MaxFilesPerReport { get; set; } = 200;
}
