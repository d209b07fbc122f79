namespace PerfEval.Host.Features.Workflow.Inbox;

/// <summary>Chinese text of the inbox's returns, delegation marks and batch actions.</summary>
public static class InboxText
{
    public const string Returned = "已退回";
    public const string Select = "选择";
    public const string BatchOpinion = "批量办理意见（退回时必填；各报告使用同一意见）";
    public const string BatchApprove = "批量同意";
    public const string BatchReturn = "批量退回";
    public const string BatchResult = "批量办理结果";
    public const string Moved = "已办理";
    public const string StageDue = "本环节期限";

    public static string ReturnedBy(string? who, int count) => $"{who}退回（共 {count} 次）";

    public static string OnBehalfOf(string? name) => $"代 {name} 办理";

    public static string Selected(int count) => $"已选择 {count} 份";

    public static string Summary(int ok, int failed) => $"成功 {ok} 份，未办理 {failed} 份。";
}
