namespace PerfEval.Host.Features.Attachments;

/// <summary>
/// The default store: the bytes in the database itself, as rows of at most <see cref="AttachmentChunk.Size"/> bytes
/// (<c>AttachmentChunks</c>, a BLOB on SQLite and a bytea on PostgreSQL) under one <c>AttachmentBlobs</c> row per hash.
/// Writing inserts one chunk at a time from a pooled buffer; reading selects one chunk at a time — plain row reads and
/// inserts that behave the same on both providers (provider blob streaming, SQLite's incremental BLOB I/O or PostgreSQL
/// large objects, differ per provider and large objects are not removed with their rows). Uses the request's
/// <see cref="PerfEvalDbContext"/>, so the bytes commit or roll back with the attachment row.
/// </summary>
public sealed class DatabaseAttachmentStore(PerfEvalDbContext db, TimeProvider time) : IAttachmentStore
{
    public Task<bool> ExistsAsync(string sha256, CancellationToken ct) => db.AttachmentBlobs.AnyAsync(b => b.Sha256 == sha256, ct);

    public async Task PutAsync(string sha256, long length, Stream content, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (await ExistsAsync(sha256, ct).ConfigureAwait(false))
        {
            return;
        }

        var chunks = (int)((length + AttachmentChunk.Size - 1) / AttachmentChunk.Size);
        var now = time.GetUtcNow().UtcDateTime;
        // The blob row first: a second host storing the same content at the same moment fails here (unique key), before any chunk.
        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "AttachmentBlobs" ("Sha256", "Length", "ChunkCount", "CreatedAtUtc") VALUES ({sha256}, {length}, {chunks}, {now})""",
            ct).ConfigureAwait(false);
        var buffer = new byte[AttachmentChunk.Size];
        for (var seq = 0; seq < chunks; seq++)
        {
            var filled = 0;
            int read;
            while (filled < buffer.Length && (read = await content.ReadAsync(buffer.AsMemory(filled), ct).ConfigureAwait(false)) > 0)
            {
                filled += read;
            }

            var data = filled == buffer.Length ? buffer : buffer.AsSpan(0, filled).ToArray();
            await db.Database.ExecuteSqlAsync(
                $"""INSERT INTO "AttachmentChunks" ("Sha256", "Seq", "Data") VALUES ({sha256}, {seq}, {data})""", ct).ConfigureAwait(false);
        }
    }

    public async Task<Stream?> OpenReadAsync(string sha256, CancellationToken ct)
    {
        var blob = await db.AttachmentBlobs.AsNoTracking().SingleOrDefaultAsync(b => b.Sha256 == sha256, ct).ConfigureAwait(false);
        return blob is null ? null : new ChunkReadStream(db, blob);
    }

    public async Task DeleteAsync(string sha256, CancellationToken ct)
    {
        await db.AttachmentChunks.Where(c => c.Sha256 == sha256).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        await db.AttachmentBlobs.Where(b => b.Sha256 == sha256).ExecuteDeleteAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Reads a blob chunk by chunk (one row in memory at a time); seekable, so a zip can be inspected in place.</summary>
    private sealed class ChunkReadStream(PerfEvalDbContext db, AttachmentBlob blob) : Stream
    {
        private byte[]? _chunk;
        private int _chunkSeq = -1;
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => true;

        public override bool CanWrite => false;

        public override long Length => blob.Length;

        public override long Position
        {
            get => _position;
            set => _position = value < 0 ? throw new ArgumentOutOfRangeException(nameof(value)) : value;
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            _ = Load(sync: true, CancellationToken.None);
            return Copy(buffer);
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Load(sync: false, cancellationToken).ConfigureAwait(false);
            return Copy(buffer.Span);
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            _ => blob.Length + offset,
        };

        public override void Flush()
        {
        }

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private int Copy(Span<byte> buffer)
        {
            if (_position >= blob.Length || _chunk is null)
            {
                return 0;
            }

            var within = (int)(_position - ((long)_chunkSeq * AttachmentChunk.Size));
            var n = Math.Min(buffer.Length, _chunk.Length - within);
            if (n <= 0)
            {
                return 0;
            }

            _chunk.AsSpan(within, n).CopyTo(buffer);
            _position += n;
            return n;
        }

        private Task Load(bool sync, CancellationToken ct)
        {
            if (_position >= blob.Length)
            {
                return Task.CompletedTask;
            }

            var seq = (int)(_position / AttachmentChunk.Size);
            if (seq == _chunkSeq)
            {
                return Task.CompletedTask;
            }

            var query = db.AttachmentChunks.AsNoTracking().Where(c => c.Sha256 == blob.Sha256 && c.Seq == seq).Select(c => c.Data);
            if (sync)
            {
                _chunk = query.Single();
                _chunkSeq = seq;
                return Task.CompletedTask;
            }

            return LoadAsync(query, seq, ct);
        }

        private async Task LoadAsync(IQueryable<byte[]> query, int seq, CancellationToken ct)
        {
            _chunk = await query.SingleAsync(ct).ConfigureAwait(false);
            _chunkSeq = seq;
        }
    }
}
