namespace PerfEval.Host.Features.Attachments;

/// <summary>User-visible text of the evidence (佐证材料) feature.</summary>
public static class AttachmentText
{
    private static readonly TextResources R = new(typeof(AttachmentText));

    public static string DefaultName => R[nameof(DefaultName)];
    public static string Title => R[nameof(Title)];
    public static string NeedsEvidence => R[nameof(NeedsEvidence)];
    public static string EvidenceMissing => R[nameof(EvidenceMissing)];
    public static string HasEvidence => R[nameof(HasEvidence)];
    public static string Upload => R[nameof(Upload)];
    public static string UploadOpinion => R[nameof(UploadOpinion)];
    public static string Uploading => R[nameof(Uploading)];
    public static string Download => R[nameof(Download)];
    public static string Preview => R[nameof(Preview)];
    public static string Delete => R[nameof(Delete)];
    public static string DownloadAll => R[nameof(DownloadAll)];
    public static string None => R[nameof(None)];
    public static string NotPreviewable => R[nameof(NotPreviewable)];
    public static string NoFile => R[nameof(NoFile)];
    public static string Unsupported => R[nameof(Unsupported)];
    public static string ItemNeedsIndicator => R[nameof(ItemNeedsIndicator)];
    public static string OpinionWithIndicator => R[nameof(OpinionWithIndicator)];
    public static string BadKey => R[nameof(BadKey)];
    public static string Report => R[nameof(Report)];
    public static string ColumnName => R[nameof(ColumnName)];
    public static string ColumnSize => R[nameof(ColumnSize)];
    public static string ColumnUploader => R[nameof(ColumnUploader)];
    public static string ColumnDate => R[nameof(ColumnDate)];
    public static string ColumnTarget => R[nameof(ColumnTarget)];
    public static string WordHeading => R[nameof(WordHeading)];
    public static string Uploaded => R[nameof(Uploaded)];
    public static string Deleted => R[nameof(Deleted)];

    public static string UnknownStage(string stage) => R.Format("UnknownStage", stage);

    public static string FileTooLarge(long limit) => R.Format("FileTooLarge", Size(limit));

    public static string ReportTooLarge(long limit, long used) => R.Format("ReportTooLarge", Size(limit), Size(used));

    public static string TooManyFiles(int limit) => R.Format("TooManyFiles", limit);

    public static string NotFound(Guid id) => R.Format("NotFound", id);

    public static string NotDraft(string stage) =>
        R.Format("NotDraft", ReportStages.Label(stage));

    public static string OpinionStageClosed(string stage, string current) =>
        R.Format("OpinionStageClosed", ReportStages.Label(stage), ReportStages.Label(current));

    public static string NotOpinionAuthor(string stage, string roleLabel) => R.Format("NotOpinionAuthor", ReportStages.Label(stage), roleLabel);

    public static string ItemMissing(string indicator, string item, string? evidence) =>
        R.Format("ItemMissing", indicator, item, (string.IsNullOrWhiteSpace(evidence) ? "" : "（" + evidence + "）"));

    public static string IndicatorMissing(string indicator, string? evidence) =>
        R.Format("IndicatorMissing", indicator, (string.IsNullOrWhiteSpace(evidence) ? "" : "（" + evidence + "）"));

    public static string OpinionTarget(string stage) => R.Format("OpinionTarget", ReportStages.Label(stage));

    public static string ItemTarget(string indicator, string item) => $"{indicator} · {item}";

    public static string IndicatorTarget(string key, string name) => $"{key} {name}";

    /// <summary>A size for people: 1.5 MB, 320 KB, 12 B.</summary>
    public static string Size(long bytes) => bytes switch
    {
        >= 1024 * 1024 => (bytes / 1024d / 1024d).ToString("0.#", CultureInfo.InvariantCulture) + " MB",
        >= 1024 => (bytes / 1024d).ToString("0", CultureInfo.InvariantCulture) + " KB",
        _ => bytes.ToString(CultureInfo.InvariantCulture) + " B",
    };
}
