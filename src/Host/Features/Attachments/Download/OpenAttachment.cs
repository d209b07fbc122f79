namespace PerfEval.Host.Features.Attachments.Download;

/// <summary>An attachment and a stream over its bytes (read piece by piece while the response is written).</summary>
public sealed record OpenedAttachment(AttachmentDto Attachment, Stream Content);

/// <summary>Opens one attachment of a report for download; 404 when it or the report is outside the caller's organisations.</summary>
public sealed record OpenAttachment(UserContext User, Guid ReportId, Guid AttachmentId) : IQuery<OpenedAttachment>, IUserMessage;

public sealed class OpenAttachmentHandler(PerfEvalDbContext db, ReportAccess access, IAttachmentStore store)
    : IQueryHandler<OpenAttachment, OpenedAttachment>
{
    public async ValueTask<OpenedAttachment> Handle(OpenAttachment query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await access.GetVisibleAsync(query.User, query.ReportId, cancellationToken);
        var a = await db.Attachments.AsNoTracking().SingleOrDefaultAsync(x => x.Id == query.AttachmentId && x.ReportId == query.ReportId, cancellationToken)
            ?? throw new NotFoundException(AttachmentText.FormatNotFound(query.AttachmentId));
        var stream = await store.OpenReadAsync(a.Sha256, cancellationToken) ?? throw new NotFoundException(AttachmentText.FormatNotFound(a.Id));
        return new OpenedAttachment(AttachmentDto.From(a), stream);
    }
}

/// <summary>All files of a report, to be written as one zip (folders per indicator, item and opinion).</summary>
public sealed record ListForArchive(UserContext User, Guid ReportId) : IQuery<ReportArchive>, IUserMessage;

/// <summary>The report's title and its files; <see cref="WriteAsync"/> streams them into a zip one file at a time.</summary>
public sealed class ReportArchive(string title, IReadOnlyList<AttachmentDto> items, IAttachmentStore store)
{
    public string Title { get; } = title;

    public IReadOnlyList<AttachmentDto> Items { get; } = items;

    /// <summary>Writes the zip to <paramref name="output"/> (need not be seekable), reading each file chunk by chunk.</summary>
    public async Task WriteAsync(Stream output, CancellationToken ct)
    {
        // The archive writes its small headers synchronously: they are kept and passed on with the next asynchronous write.
        var sink = new AsyncOnlyStream(output);
        var zip = await System.IO.Compression.ZipArchive.CreateAsync(sink, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, ct);
        await using (zip.ConfigureAwait(false))
        {
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var a in Items)
            {
                var folder = AttachmentTarget.Of(new Domain.Attachment { IndicatorKey = a.IndicatorKey, ItemId = a.ItemId, OpinionStage = a.OpinionStage }).Describe();
                var name = $"{folder}/{a.FileName}";
                for (var n = 2; !names.Add(name); n++)
                {
                    name = $"{folder}/{Path.GetFileNameWithoutExtension(a.FileName)} ({n}){Path.GetExtension(a.FileName)}";
                }

                var entry = zip.CreateEntry(name.Replace(" · ", "-", StringComparison.Ordinal), System.IO.Compression.CompressionLevel.Fastest);
                entry.LastWriteTime = a.UploadedAtUtc;
                await using var source = await store.OpenReadAsync(a.Sha256, ct).ConfigureAwait(false);
                if (source is null)
                {
                    continue;
                }

                var target = await entry.OpenAsync(ct).ConfigureAwait(false);
                await using (target.ConfigureAwait(false))
                {
                    await source.CopyToAsync(target, ct).ConfigureAwait(false);
                }

                await sink.FlushPendingAsync(ct).ConfigureAwait(false);
            }
        }

        await sink.FlushPendingAsync(ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Forwards writes to a response body that refuses synchronous I/O: a synchronous write is held (zip headers, a few
    /// bytes) and sent before the next asynchronous write or on <see cref="FlushPendingAsync"/>.
    /// </summary>
    private sealed class AsyncOnlyStream(Stream inner) : Stream
    {
        private readonly MemoryStream _pending = new();
        private long _written;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _written; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            _pending.Write(buffer);
            _written += buffer.Length;
        }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await FlushPendingAsync(cancellationToken).ConfigureAwait(false);
            await inner.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
            _written += buffer.Length;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public async Task FlushPendingAsync(CancellationToken ct)
        {
            if (_pending.Length > 0)
            {
                await inner.WriteAsync(_pending.GetBuffer().AsMemory(0, (int)_pending.Length), ct).ConfigureAwait(false);
                _pending.SetLength(0);
            }
        }

        public override void Flush()
        {
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => FlushPendingAsync(cancellationToken);

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _pending.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}

public sealed class ListForArchiveHandler(PerfEvalDbContext db, ReportAccess access, IAttachmentStore store) : IQueryHandler<ListForArchive, ReportArchive>
{
    public async ValueTask<ReportArchive> Handle(ListForArchive query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var report = await access.GetVisibleAsync(query.User, query.ReportId, cancellationToken);
        var items = await db.Attachments.AsNoTracking().Where(a => a.ReportId == report.Id).ToListAsync(cancellationToken);
        return new ReportArchive(report.Title, [.. items.OrderBy(a => a.UploadedAtUtc).Select(a => AttachmentDto.From(a))], store);
    }
}
