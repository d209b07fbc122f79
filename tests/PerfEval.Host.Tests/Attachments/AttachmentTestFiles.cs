using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;

namespace PerfEval.Host.Tests.Attachments;

/// <summary>Files for the evidence tests and the multipart request that uploads one.</summary>
public static class AttachmentTestFiles
{
    /// <summary>A PDF-looking file of <paramref name="size"/> bytes (header, then seeded random bytes: several store chunks).</summary>
    public static byte[] Pdf(int size = 700_000, int seed = 1)
    {
        var bytes = new byte[size];
        new Random(seed).NextBytes(bytes);
        "%PDF-1.7\n"u8.CopyTo(bytes);
        return bytes;
    }

    /// <summary>A tiny PNG signature followed by some bytes.</summary>
    public static byte[] Png() => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3];

    /// <summary>The start of a Windows executable ("MZ").</summary>
    public static byte[] Exe()
    {
        var bytes = new byte[4096];
        "MZ"u8.CopyTo(bytes);
        "This program cannot be run in DOS mode."u8.CopyTo(bytes.AsSpan(78));
        return bytes;
    }

    /// <summary>A minimal .docx: a zip whose content types declare a Word main part.</summary>
    public static byte[] Docx(string contentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var w = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open(), Encoding.UTF8))
            {
                w.Write($"""<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="{contentType}"/></Types>""");
            }

            using (var w = new StreamWriter(zip.CreateEntry("word/document.xml").Open(), Encoding.UTF8))
            {
                w.Write("<w:document/>");
            }
        }

        return buffer.ToArray();
    }

    /// <summary>A zip holding the given entries.</summary>
    public static byte[] Zip(params (string Name, byte[] Bytes)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                using var s = zip.CreateEntry(name).Open();
                s.Write(bytes);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>POSTs <paramref name="content"/> as form field <c>file</c> with the optional target fields.</summary>
    public static Task<HttpResponseMessage> UploadAsync(
        HttpClient client, Guid reportId, string fileName, HttpContent content, string? indicatorKey = null, string? itemId = null, string? opinionStage = null)
    {
        var form = new MultipartFormDataContent();
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(content, "file", fileName);
        if (indicatorKey is not null)
        {
            form.Add(new StringContent(indicatorKey), "indicatorKey");
        }

        if (itemId is not null)
        {
            form.Add(new StringContent(itemId), "itemId");
        }

        if (opinionStage is not null)
        {
            form.Add(new StringContent(opinionStage), "opinionStage");
        }

        return client.PostAsync(new Uri($"/api/reports/{reportId}/attachments", UriKind.Relative), form);
    }

    public static Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid reportId, string fileName, byte[] bytes, string? indicatorKey = null, string? itemId = null, string? opinionStage = null)
        => UploadAsync(client, reportId, fileName, new ByteArrayContent(bytes), indicatorKey, itemId, opinionStage);
}

/// <summary>A readable stream of <paramref name="length"/> bytes ("%PDF-" then zeros) that never exists in memory.</summary>
public sealed class GeneratedStream(long length) : Stream
{
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => length;

    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = (int)Math.Min(count, length - _position);
        if (n <= 0)
        {
            return 0;
        }

        Array.Clear(buffer, offset, n);
        for (var i = 0; i < n && _position + i < 5; i++)
        {
            buffer[offset + i] = "%PDF-"u8[(int)_position + i];
        }

        _position += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

/// <summary>Content of a known length, generated while it is sent (so the request carries Content-Length).</summary>
public sealed class GeneratedContent(long length) : HttpContent
{
    protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
    {
        await using var source = new GeneratedStream(length);
        await source.CopyToAsync(stream);
    }

    protected override bool TryComputeLength(out long length1)
    {
        length1 = length;
        return true;
    }
}
