using System.IO.Packaging;
using DocumentFormat.OpenXml.Packaging;

namespace PerfEval.Host.Features.Import.Source;

/// <summary>The formats an upload is recognised as, by its content (never by its name alone).</summary>
public enum ImportFormat
{
    /// <summary>Word 2007+ (.docx, OpenXML).</summary>
    Docx,

    /// <summary>Plain text (UTF-8, UTF-16 with BOM, or GB18030).</summary>
    Text,

    /// <summary>Excel 2007+ (.xlsx, OpenXML).</summary>
    Xlsx,
}

/// <summary>An upload that cannot be imported, with the reason in words a preparer understands (400; nothing is saved).</summary>
public sealed class ImportRefusedException(string message) : Exception(message);

/// <summary>
/// Opens an upload by what it is: an Office package (OPC) whose main part is a Word document is a .docx (opened with the
/// OpenXML SDK; the package's main part says Word or Excel, System.IO.Packaging reads it), an Office
/// compound file is an encrypted document or an old .doc (refused, saying which), anything else must decode as text.
/// </summary>
public static class ImportFile
{
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] CompoundFileSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>Reads a report upload (.docx or its text) into a <see cref="SourceDocument"/>.</summary>
    /// <param name="bytes">The file.</param>
    /// <param name="fileName">Its name (for messages only).</param>
    /// <exception cref="ImportRefusedException">Not a readable Word or text file.</exception>
    public static (SourceDocument Document, ImportFormat Format) ReadReport(byte[] bytes, string? fileName)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var format = Detect(bytes, fileName);
        return format switch
        {
            ImportFormat.Docx => (ReadDocx(bytes), format),
            ImportFormat.Text => (ReadText(bytes), format),
            _ => throw new ImportRefusedException(ImportText.ExcelNotReport(fileName)),
        };
    }

    /// <summary>What the bytes are; refuses encrypted, old binary, corrupt and non-Office zip files, and binary data.</summary>
    /// <param name="bytes">The file.</param>
    /// <param name="fileName">Its name (for messages only).</param>
    public static ImportFormat Detect(byte[] bytes, string? fileName)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length == 0)
        {
            throw new ImportRefusedException(ImportText.EmptyFile(fileName));
        }

        if (bytes.AsSpan().StartsWith(CompoundFileSignature))
        {
            throw new ImportRefusedException(IsEncrypted(bytes) ? ImportText.Encrypted(fileName) : ImportText.OldBinaryFormat(fileName));
        }

        if (bytes.AsSpan().StartsWith(ZipSignature))
        {
            return ZipKind(bytes, fileName);
        }

        if (bytes.AsSpan().StartsWith("%PDF"u8))
        {
            throw new ImportRefusedException(ImportText.NotWordOrText(fileName, "PDF"));
        }

        return TextSourceReader.TryDecode(bytes, out var text, out _) && TextSourceReader.LooksLikeText(text)
            ? ImportFormat.Text
            : throw new ImportRefusedException(ImportText.NotWordOrText(fileName, null));
    }

    /// <summary>Opens a .docx; a zip that is not a readable Word document is refused naming the problem.</summary>
    public static SourceDocument ReadDocx(byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var doc = WordprocessingDocument.Open(stream, false);
            if (doc.MainDocumentPart?.Document?.Body is null)
            {
                throw new ImportRefusedException(ImportText.FormatCorruptDocx(ImportText.NoBody));
            }

            return DocxSourceReader.Read(doc);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or System.Xml.XmlException
                                       or InvalidOperationException or NotSupportedException or IOException or ArgumentException)
        {
            throw new ImportRefusedException(ImportText.FormatCorruptDocx(e.Message));
        }
    }

    /// <summary>Decodes and reads pasted text.</summary>
    public static SourceDocument ReadText(byte[] bytes)
    {
        if (!TextSourceReader.TryDecode(bytes, out var text, out _) || !TextSourceReader.LooksLikeText(text))
        {
            throw new ImportRefusedException(ImportText.NotWordOrText(null, null));
        }

        return TextSourceReader.Read(text);
    }

    /// <summary>An OPC package (the zip of every Office file) is Word or Excel by the content type of its main part.</summary>
    private static ImportFormat ZipKind(byte[] bytes, string? fileName)
    {
        string? mainType;
        try
        {
            using var package = Package.Open(new MemoryStream(bytes, writable: false), FileMode.Open, FileAccess.Read);
            var main = package.GetRelationshipsByType(OfficeDocumentRelationship).FirstOrDefault();
            mainType = main is null ? null : package.GetPart(PackUriHelper.ResolvePartUri(new Uri("/", UriKind.Relative), main.TargetUri)).ContentType;
        }
        catch (Exception e) when (e is FileFormatException or InvalidDataException or IOException or InvalidOperationException or ArgumentException or System.Xml.XmlException)
        {
            throw new ImportRefusedException(ImportText.FormatCorruptDocx(e.Message));
        }

        return mainType switch
        {
            _ when mainType?.Contains("wordprocessingml", StringComparison.Ordinal) == true => ImportFormat.Docx,
            _ when mainType?.Contains("spreadsheetml", StringComparison.Ordinal) == true => ImportFormat.Xlsx,
            _ when mainType?.Contains("presentationml", StringComparison.Ordinal) == true => throw new ImportRefusedException(ImportText.NotWordOrText(fileName, "PowerPoint")),
            null => throw new ImportRefusedException(ImportText.NotWordOrText(fileName, "zip")),
            _ => throw new ImportRefusedException(ImportText.NotWordOrText(fileName, "Office")),
        };
    }

    private const string OfficeDocumentRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

    /// <summary>An encrypted OOXML file is a compound file with an EncryptionInfo stream (Office's password protection).</summary>
    private static bool IsEncrypted(byte[] bytes)
    {
        var name = Encoding.Unicode.GetBytes("EncryptionInfo");
        return bytes.AsSpan().IndexOf(name) >= 0;
    }
}
