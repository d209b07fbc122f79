namespace PerfEval.Host.Features.Export;

/// <summary>A produced file: bytes, MIME type, a readable (Chinese) name and an ASCII fallback name.</summary>
public sealed record ExportFile(byte[] Content, string ContentType, string FileName, string AsciiFileName)
{
    public const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Strips characters that are not allowed in file names on common systems.</summary>
    public static string SafeName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var invalid = Path.GetInvalidFileNameChars().Concat(['\\', '/', ':', '*', '?', '"', '<', '>', '|']).ToHashSet();
        var cleaned = new string([.. name.Select(c => invalid.Contains(c) || char.IsControl(c) ? '_' : c)]).Trim();
        return cleaned.Length == 0 ? "export" : cleaned;
    }
}
