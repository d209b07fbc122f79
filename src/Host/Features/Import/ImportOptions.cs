namespace PerfEval.Host.Features.Import;

/// <summary>Settings of the import (section <c>Import</c>).</summary>
public sealed class ImportOptions
{
    /// <summary>20 MB: a report with photos of stamped pages stays well below it.</summary>
    public const long DefaultMaxFileBytes = 20L * 1024 * 1024;

    /// <summary>The largest upload accepted (bytes); a larger one is refused with 413 naming the limit.</summary>
    public long MaxFileBytes { get; set; } = DefaultMaxFileBytes;
}
