namespace PerfEval.Host.Features.Attachments;

/// <summary>User-visible text of the evidence (佐证材料) feature.</summary>
internal static partial class AttachmentText
{
    public static string FileTooLarge(long limit) => FormatFileTooLargeTemplate(Size(limit));

    public static string ReportTooLarge(long limit, long used) => FormatReportTooLargeTemplate(Size(limit), Size(used));

    public static string NotDraft(string stage) =>
        FormatNotDraftTemplate(ReportStages.Label(stage));

    public static string OpinionStageClosed(string stage, string current) =>
        FormatOpinionStageClosedTemplate(ReportStages.Label(stage), ReportStages.Label(current));

    public static string NotOpinionAuthor(string stage, string roleLabel) => FormatNotOpinionAuthorTemplate(ReportStages.Label(stage), roleLabel);

    public static string ItemMissing(string indicator, string item, string? evidence) =>
        FormatItemMissingTemplate(indicator, item, (string.IsNullOrWhiteSpace(evidence) ? "" : "（" + evidence + "）"));

    public static string IndicatorMissing(string indicator, string? evidence) =>
        FormatIndicatorMissingTemplate(indicator, (string.IsNullOrWhiteSpace(evidence) ? "" : "（" + evidence + "）"));

    public static string OpinionTarget(string stage) => FormatOpinionTargetTemplate(ReportStages.Label(stage));

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
