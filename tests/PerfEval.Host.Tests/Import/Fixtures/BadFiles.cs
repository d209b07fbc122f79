using System.IO.Compression;
using System.Text;

namespace PerfEval.Host.Tests.Import.Fixtures;

/// <summary>Uploads that are not a readable self-evaluation report.</summary>
internal static class BadFiles
{
    /// <summary>A PNG image.</summary>
    public static byte[] Png() => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0];

    /// <summary>A password-protected Office file: a compound file (OLE) holding an EncryptionInfo stream.</summary>
    public static byte[] EncryptedDocx()
    {
        var bytes = new byte[4096];
        byte[] signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        signature.CopyTo(bytes, 0);
        Encoding.Unicode.GetBytes("EncryptionInfo").CopyTo(bytes, 1024);
        Encoding.Unicode.GetBytes("EncryptedPackage").CopyTo(bytes, 1152);
        return bytes;
    }

    /// <summary>A Word 97-2003 .doc: a compound file without encryption.</summary>
    public static byte[] OldDoc()
    {
        var bytes = new byte[4096];
        byte[] signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        signature.CopyTo(bytes, 0);
        Encoding.Unicode.GetBytes("WordDocument").CopyTo(bytes, 1024);
        return bytes;
    }

    /// <summary>A .docx cut off half way (the zip's central directory is missing).</summary>
    public static byte[] TruncatedDocx(byte[] docx) => docx[..(docx.Length / 2)];

    /// <summary>A zip that says it is a Word document but whose main part is not XML.</summary>
    public static byte[] CorruptDocx()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            Write(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
            Write(zip, "word/document.xml", "this is not xml <w:document");
        }

        return stream.ToArray();
    }

    /// <summary>A Word document that is not a self-evaluation report (a meeting notice).</summary>
    public static byte[] NotAReport() => new FormBuilder()
        .P("关于召开2024年第一季度工作会议的通知")
        .P("各科室：")
        .P("定于4月8日上午9时在三楼会议室召开第一季度工作会议，请各科室负责人准时参加。")
        .P("办公室")
        .Build();

    /// <summary>Text in GB18030 (what Chinese Windows Notepad saves as ANSI).</summary>
    public static byte[] Gb18030(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030").GetBytes(text);
    }

    private static void Write(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }
}
