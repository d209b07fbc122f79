namespace PerfEval.Host.Domain;

/// <summary>
/// A file attached to a report as evidence (佐证材料): to the report as a whole, to one rubric indicator, to one checklist item
/// of an indicator, or to the opinion of one workflow stage. The bytes live in the attachment store, keyed by their SHA-256;
/// identical content uploaded twice is stored once and referenced by both rows.
/// </summary>
public sealed class Attachment
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid ReportId { get; set; }

    /// <summary>Rubric indicator key (e.g. <c>A.1.2.1</c>) the file supports, or null.</summary>
    public string? IndicatorKey { get; set; }

    /// <summary>Checklist item id within <see cref="IndicatorKey"/> (e.g. <c>3</c>), or null.</summary>
    public string? ItemId { get; set; }

    /// <summary>Workflow stage whose opinion (意见) the file belongs to (e.g. <c>FinanceReview</c>), or null.</summary>
    public string? OpinionStage { get; set; }

    /// <summary>The sanitised file name shown and offered on download.</summary>
    public string FileName { get; set; } = "";

    /// <summary>The media type found from the content (never the one the client claimed).</summary>
    public string ContentType { get; set; } = "";

    public long Length { get; set; }

    /// <summary>Lower-case hex SHA-256 of the content; the key of the stored bytes.</summary>
    public string Sha256 { get; set; } = "";

    public string UploadedByUserName { get; set; } = "";

    public string UploadedByDisplayName { get; set; } = "";

    public DateTime UploadedAtUtc { get; set; }
}

/// <summary>Stored content of the database attachment store: one row per distinct SHA-256, its bytes in <see cref="AttachmentChunk"/> rows.</summary>
public sealed class AttachmentBlob
{
    public string Sha256 { get; set; } = "";

    public long Length { get; set; }

    public int ChunkCount { get; set; }

    public DateTime CreatedAtUtc { get; set; }
}

/// <summary>One piece (at most <c>AttachmentChunk.Size</c> bytes) of a stored blob; read and written one at a time so a file is never whole in memory.</summary>
public sealed class AttachmentChunk
{
    /// <summary>Bytes per chunk (256 KiB).</summary>
    public const int Size = 256 * 1024;

    public string Sha256 { get; set; } = "";

    /// <summary>0, 1, 2… in order.</summary>
    public int Seq { get; set; }

    public byte[] Data { get; set; } = [];
}

/// <summary>Append-only audit row of an attachment upload or delete (kept after the file is gone).</summary>
public sealed class AttachmentAudit
{
    public const string Uploaded = "upload";
    public const string Deleted = "delete";

    public long Id { get; set; }

    public Guid ReportId { get; set; }

    public Guid AttachmentId { get; set; }

    /// <summary><see cref="Uploaded"/> or <see cref="Deleted"/>.</summary>
    public string Action { get; set; } = "";

    public string FileName { get; set; } = "";

    public string Sha256 { get; set; } = "";

    public long Length { get; set; }

    /// <summary>Where the file was attached (indicator/item/opinion), as text for people.</summary>
    public string? Target { get; set; }

    public string ActorUserName { get; set; } = "";

    public string ActorDisplayName { get; set; } = "";

    public string ActorRole { get; set; } = "";

    /// <summary>The report's stage at the time.</summary>
    public string Stage { get; set; } = "";

    public DateTime AtUtc { get; set; }
}
