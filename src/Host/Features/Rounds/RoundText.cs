using PerfEval.Host.Domain;

namespace PerfEval.Host.Features.Rounds;

/// <summary>Chinese texts of the round pages (自评任务).</summary>
internal static class RoundText
{
    public const string Nav = "自评任务";
    public const string Empty = "暂无自评任务";
    public const string Name = "任务名称";
    public const string Year = "年度";
    public const string Rubric = "评分标准";
    public const string Weights = "一级指标权重";
    public const string Deadline = "截止日期";
    public const string WarningDays = "预警天数";
    public const string Status = "状态";
    public const string Progress = "已提交 / 报告数";
    public const string Units = "单位与项目";
    public const string Unit = "单位";
    public const string Project = "项目";
    public const string Report = "报告";
    public const string Stage = "环节";
    public const string NoReport = "（无报告）";
    public const string NoRubric = "按报告类型默认";
    public const string ChangeDeadline = "调整截止日期";
    public const string ChangeDeadlineHint = "提醒在下次扫描时按新的截止日期发出；已发出的提醒保留。";
    public const string Save = "保存";
    public const string Saved = "截止日期已调整";
    public const string Close = "关闭任务";
    public const string CloseConfirm = "关闭后不能再新建或提交本任务的报告，也不再发送截止提醒。确定关闭吗？";
    public const string Closed = "任务已关闭";
    public const string Cancel = "取消";
    public const string New = "发起自评任务";
    public const string Open = "发起";
    public const string WeightsInput = "一级指标权重（可选，逗号分隔，合计 100）";
    public const string ProjectsInput = "项目名称（每行一个）";

    public static string Opened(int reports) => $"自评任务已发起，新建 {reports} 份报告草稿";
    public const string NotFound = "自评任务不存在或不可见";

    public static string StatusLabel(RoundStatus status) => status == RoundStatus.Open ? "进行中" : "已关闭";

    public const string Workflow = "审批流程";
    public const string LatestWorkflow = "最新发布的版本";

    public static string WorkflowChoice(string name, string id, int version) => $"{name}（{id} 第 {version} 版）";

    /// <summary>The pinned workflow version, or the fallback of rounds opened before rounds pinned one.</summary>
    public static string WorkflowLabel(RoundSummary r) =>
        r.WorkflowDefinitionId is null ? "未固定（新报告使用当时最新发布的版本）" : $"{r.WorkflowName ?? r.WorkflowDefinitionId} 第 {r.WorkflowVersion} 版";

    public static string RubricLabel(RoundSummary r) =>
        r.RuleSetId is null ? NoRubric : $"{r.RuleSetName ?? r.RuleSetId} 第 {r.RuleSetVersion} 版{(string.IsNullOrEmpty(r.Level1Weights) ? "" : $"（{r.Level1Weights}）")}";
}
