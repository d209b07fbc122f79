using System.Globalization;
using PerfEval.Host.Domain;

namespace PerfEval.Host.Features.Attachments;

/// <summary>User-visible text of the evidence (佐证材料) feature.</summary>
public static class AttachmentText
{
    public const string DefaultName = "佐证材料";
    public const string Title = "佐证材料";
    public const string NeedsEvidence = "需上传佐证材料";
    public const string EvidenceMissing = "未上传佐证材料";
    public const string HasEvidence = "已上传佐证材料";
    public const string Upload = "上传佐证材料";
    public const string UploadOpinion = "上传意见附件";
    public const string Uploading = "正在上传";
    public const string Download = "下载";
    public const string Preview = "预览";
    public const string Delete = "删除";
    public const string DownloadAll = "全部下载（zip）";
    public const string None = "尚无佐证材料。";
    public const string NotPreviewable = "该类型的文件不能在浏览器中预览，请下载。";
    public const string NoFile = "请选择要上传的文件（表单字段 file）。";
    public const string Unsupported = "不支持的文件类型：只接受 PDF、PNG/JPEG/GIF/WebP 图片、Word（.docx）、Excel（.xlsx）及只含这些文件的 zip 压缩包（按文件内容判断，与扩展名无关）。";
    public const string ItemNeedsIndicator = "指定评分要点时须同时指定指标（indicatorKey）。";
    public const string OpinionWithIndicator = "意见附件不能同时挂在指标上。";
    public const string BadKey = "只能包含字母、数字、点、短横线和下划线，最长 64 个字符。";
    public const string Report = "报告";
    public const string ColumnName = "文件名";
    public const string ColumnSize = "大小";
    public const string ColumnUploader = "上传人";
    public const string ColumnDate = "上传时间";
    public const string ColumnTarget = "所属";
    public const string WordHeading = "附件：佐证材料清单";
    public const string Uploaded = "已上传";
    public const string Deleted = "已删除";

    public static string UnknownStage(string stage) => $"未知的审批阶段“{stage}”。";

    public static string FileTooLarge(long limit) => $"文件超过单个文件上限 {Size(limit)}，未保存。";

    public static string ReportTooLarge(long limit, long used) => $"本报告的佐证材料合计将超过上限 {Size(limit)}（已用 {Size(used)}），未保存。";

    public static string TooManyFiles(int limit) => $"本报告的佐证材料已达 {limit} 个，不能再上传。";

    public static string NotFound(Guid id) => $"佐证材料 {id} 不存在或不在您的权限范围内。";

    public static string NotDraft(string stage) =>
        $"报告处于“{ReportStages.Label(stage)}”阶段，佐证材料只能在起草阶段上传或删除；如需修改请先退回。";

    public static string OpinionStageClosed(string stage, string current) =>
        $"“{ReportStages.Label(stage)}”阶段的意见附件只能在该阶段进行中时上传或删除（报告当前处于“{ReportStages.Label(current)}”）。";

    public static string NotOpinionAuthor(string stage, string roleLabel) => $"只有“{ReportStages.Label(stage)}”阶段的审批人可以上传或删除该阶段的意见附件（您是{roleLabel}）。";

    public static string ItemMissing(string indicator, string item, string? evidence) =>
        $"「{indicator}」的评分要点“{item}”已勾选，需上传佐证材料{(string.IsNullOrWhiteSpace(evidence) ? "" : "（" + evidence + "）")}。";

    public static string IndicatorMissing(string indicator, string? evidence) =>
        $"指标「{indicator}」需上传佐证材料{(string.IsNullOrWhiteSpace(evidence) ? "" : "（" + evidence + "）")}。";

    public static string OpinionTarget(string stage) => $"{ReportStages.Label(stage)}意见";

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
