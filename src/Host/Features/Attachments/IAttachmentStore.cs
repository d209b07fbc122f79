namespace PerfEval.Host.Features.Attachments;

/// <summary>
/// Where attachment bytes live, keyed by their lower-case hex SHA-256. The default (<see cref="DatabaseAttachmentStore"/>)
/// keeps them in the database in chunks, so every host of an installation sees them; a bureau may register another
/// implementation (a file share, an object store) instead. Implementations take part in the caller's database
/// transaction where they can, and never hold a whole file in memory.
/// </summary>
public interface IAttachmentStore
{
    /// <summary>Whether content with this hash is stored.</summary>
    Task<bool> ExistsAsync(string sha256, CancellationToken ct);

    /// <summary>
    /// Stores <paramref name="content"/> (read from its current position to the end, <paramref name="length"/> bytes) under
    /// <paramref name="sha256"/> unless content with that hash is already stored (then nothing is written).
    /// </summary>
    Task PutAsync(string sha256, long length, Stream content, CancellationToken ct);

    /// <summary>A read-only stream over the stored content (read piece by piece), or null when nothing has that hash.</summary>
    Task<Stream?> OpenReadAsync(string sha256, CancellationToken ct);

    /// <summary>Removes the content with this hash (the caller has made sure no attachment refers to it any more).</summary>
    Task DeleteAsync(string sha256, CancellationToken ct);
}
