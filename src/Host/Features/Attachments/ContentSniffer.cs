using System.IO.Compression;

namespace PerfEval.Host.Features.Attachments;

/// <summary>A file type the store accepts: the media type sent on download and the extension a name must end with.</summary>
public sealed record FileKind(string ContentType, string Extension, bool Previewable);

/// <summary>
/// Decides what a file is from its bytes (magic numbers), never from its name or the client's Content-Type: PDF, PNG,
/// JPEG, GIF, WebP; a zip is a Word document (.docx) or an Excel workbook (.xlsx) when its <c>[Content_Types].xml</c>
/// declares the main part of one (macro-enabled ones are refused), otherwise a plain zip whose every entry is itself one of
/// the accepted kinds. Anything else (an executable renamed .pdf, HTML, SVG, scripts) is refused.
/// </summary>
public static class ContentSniffer
{
    public static readonly FileKind Pdf = new("application/pdf", ".pdf", true);
    public static readonly FileKind Png = new("image/png", ".png", true);
    public static readonly FileKind Jpeg = new("image/jpeg", ".jpg", true);
    public static readonly FileKind Gif = new("image/gif", ".gif", true);
    public static readonly FileKind WebP = new("image/webp", ".webp", true);
    public static readonly FileKind Docx = new("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx", false);
    public static readonly FileKind Xlsx = new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx", false);
    public static readonly FileKind Zip = new("application/zip", ".zip", false);

    /// <summary>Entries a zip may hold (more is refused: a listing is read whole).</summary>
    public const int MaxZipEntries = 2000;

    private const string WordMain = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const string ExcelMain = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    /// <summary>Whether files of this media type may be shown inline on the preview route (PDF and images).</summary>
    public static bool IsPreviewable(string contentType) =>
        contentType is "application/pdf" or "image/png" or "image/jpeg" or "image/gif" or "image/webp";

    /// <summary>The kind of a seekable stream's content (position restored to 0), or null when it is not accepted.</summary>
    public static FileKind? Detect(Stream content)
    {
        ArgumentNullException.ThrowIfNull(content);
        content.Position = 0;
        Span<byte> head = stackalloc byte[16];
        var n = ReadHead(content, head);
        content.Position = 0;
        var kind = Simple(head[..n]);
        if (kind is not null || !IsZip(head[..n]))
        {
            return kind;
        }

        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            return Office(zip) ?? (PlainZipOfAccepted(zip) ? Zip : null);
        }
        catch (InvalidDataException)
        {
            return null;
        }
        finally
        {
            content.Position = 0;
        }
    }

    /// <summary>PDF or an image by its first bytes.</summary>
    internal static FileKind? Simple(ReadOnlySpan<byte> h)
    {
        if (h.StartsWith("%PDF-"u8))
        {
            return Pdf;
        }

        if (h.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return Png;
        }

        if (h.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return Jpeg;
        }

        if (h.StartsWith("GIF87a"u8) || h.StartsWith("GIF89a"u8))
        {
            return Gif;
        }

        return h.Length >= 12 && h.StartsWith("RIFF"u8) && h[8..12].SequenceEqual("WEBP"u8) ? WebP : null;
    }

    private static bool IsZip(ReadOnlySpan<byte> h) => h.StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04]);

    private static FileKind? Office(ZipArchive zip)
    {
        if (zip.Entries.Count > MaxZipEntries)
        {
            return null;
        }

        var types = zip.GetEntry("[Content_Types].xml");
        if (types is null || types.Length > 1024 * 1024)
        {
            return null;
        }

        string xml;
        using (var reader = new StreamReader(types.Open()))
        {
            xml = reader.ReadToEnd();
        }

        if (zip.Entries.Any(e => e.Name.Equals("vbaProject.bin", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        return xml.Contains(WordMain, StringComparison.Ordinal) ? Docx
            : xml.Contains(ExcelMain, StringComparison.Ordinal) ? Xlsx
            : null;
    }

    /// <summary>Largest .docx/.xlsx inside a zip that is opened to check it (uncompressed); a larger one is refused.</summary>
    public const long MaxInnerOfficeBytes = 64L * 1024 * 1024;

    /// <summary>A plain zip: every file entry starts like a PDF or an image, or is a .docx/.xlsx checked as the top level is.</summary>
    private static bool PlainZipOfAccepted(ZipArchive zip)
    {
        if (zip.Entries.Count is 0 or > MaxZipEntries || zip.GetEntry("[Content_Types].xml") is not null)
        {
            return false;
        }

        Span<byte> head = stackalloc byte[16];
        foreach (var entry in zip.Entries)
        {
            if (entry.FullName.EndsWith('/'))
            {
                continue;
            }

            using var s = entry.Open();
            var n = ReadHead(s, head);
            var ext = Path.GetExtension(entry.Name).ToLowerInvariant();
            var ok = Simple(head[..n]) is not null
                || (IsZip(head[..n]) && ext is ".docx" or ".xlsx" && InnerOffice(entry) == (ext == ".docx" ? Docx : Xlsx));
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The Office kind of a .docx/.xlsx stored in a zip, judged like an upload (content types, no macros) from a temporary copy —
    /// never whole in memory, and at most <see cref="MaxInnerOfficeBytes"/> whatever the entry's header claims.
    /// </summary>
    private static FileKind? InnerOffice(ZipArchiveEntry entry)
    {
        using var copy = new FileStream(Path.GetTempFileName(), FileMode.Open, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        using (var source = entry.Open())
        {
            var buffer = new byte[81920];
            long total = 0;
            int read;
            while ((read = source.Read(buffer)) > 0)
            {
                total += read;
                if (total > MaxInnerOfficeBytes)
                {
                    return null;
                }

                copy.Write(buffer, 0, read);
            }
        }

        copy.Position = 0;
        try
        {
            using var inner = new ZipArchive(copy, ZipArchiveMode.Read, leaveOpen: true);
            return Office(inner);
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static int ReadHead(Stream s, Span<byte> head)
    {
        var filled = 0;
        int read;
        while (filled < head.Length && (read = s.Read(head[filled..])) > 0)
        {
            filled += read;
        }

        return filled;
    }
}
