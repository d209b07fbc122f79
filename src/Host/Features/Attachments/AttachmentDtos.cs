namespace PerfEval.Host.Features.Attachments;

/// <summary>An attached file as listed: where it belongs, what it is, who uploaded it and when.</summary>
public sealed record AttachmentDto(
    Guid Id,
    Guid ReportId,
    string FileName,
    string ContentType,
    long Length,
    string Sha256,
    string? IndicatorKey,
    string? ItemId,
    string? OpinionStage,
    string UploadedBy,
    string UploadedByName,
    DateTime UploadedAtUtc,
    bool Previewable,
    string Target)
{
    /// <summary>The listed file; <paramref name="target"/> says where it belongs for people (keys when not given).</summary>
    public static AttachmentDto From(Attachment a, string? target = null)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new(a.Id, a.ReportId, a.FileName, a.ContentType, a.Length, a.Sha256, a.IndicatorKey, a.ItemId, a.OpinionStage,
            a.UploadedByUserName, a.UploadedByDisplayName, a.UploadedAtUtc, ContentSniffer.IsPreviewable(a.ContentType),
            target ?? AttachmentTarget.Of(a).Describe());
    }
}

/// <summary>One audit row: an upload or a delete.</summary>
public sealed record AttachmentAuditDto(
    Guid AttachmentId, string Action, string FileName, long Length, string Sha256, string? Target,
    string Actor, string ActorName, string ActorRole, string Stage, DateTime AtUtc);

/// <summary>A report's files, the audit of uploads and deletes, and the bytes used against the limits.</summary>
public sealed record AttachmentList(
    IReadOnlyList<AttachmentDto> Items, IReadOnlyList<AttachmentAuditDto> History, long UsedBytes, long MaxReportBytes, long MaxFileBytes);

/// <summary>Where an upload goes: the report alone, an indicator, one checklist item of an indicator, or a stage's opinion.</summary>
public sealed record AttachmentTarget(string? IndicatorKey = null, string? ItemId = null, string? OpinionStage = null)
{
    public static readonly AttachmentTarget Report = new();

    public bool IsOpinion => OpinionStage is not null;

    public bool Matches(Attachment a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return a.IndicatorKey == IndicatorKey && a.ItemId == ItemId && a.OpinionStage == OpinionStage;
    }

    /// <summary>Where, by keys (stable, for archive folders and the audit): 报告, A.1.2.1, A.1.2.1 · 3, 财政局审核意见.</summary>
    public string Describe() => Describe(new Dictionary<string, IndicatorDefinition>());

    /// <summary>Where, for people: the indicator's key and name and the checklist item's label when the rubric knows them.</summary>
    public string Describe(IReadOnlyDictionary<string, IndicatorDefinition> indicators)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        if (OpinionStage is { } s)
        {
            return AttachmentText.OpinionTarget(s);
        }

        if (IndicatorKey is null)
        {
            return AttachmentText.Report;
        }

        var indicator = indicators.GetValueOrDefault(IndicatorKey);
        var name = indicator is null ? IndicatorKey : AttachmentText.IndicatorTarget(IndicatorKey, indicator.Name);
        if (ItemId is null)
        {
            return name;
        }

        var item = indicator?.Parameters.Items?.FirstOrDefault(i => i.Id == ItemId);
        return AttachmentText.ItemTarget(name, item is null ? ItemId : item.Label);
    }

    public static AttachmentTarget Of(Attachment a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new(a.IndicatorKey, a.ItemId, a.OpinionStage);
    }
}
