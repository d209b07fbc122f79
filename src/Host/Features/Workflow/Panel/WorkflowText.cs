namespace PerfEval.Host.Features.Workflow.Panel;

/// <summary>Chinese text of the workflow panel.</summary>
public static class WorkflowText
{
    public const string Title = "审批流程";
    public const string CurrentStage = "当前阶段";
    public const string StageDue = "本阶段办理期限";
    public const string Opinion = "意见";
    public const string OpinionHelp = "退回修改时必须填写意见；审批通过时填写的意见将写入报告的签署栏。";
    public const string ReviewedScore = "财政复核得分";
    public const string ScoreRequired = "请填写复核得分。";
    public const string NothingForYou = "当前阶段没有需要您办理的事项。";
    public const string OthersDisabled = "其他操作（不可用及原因）";
    public const string History = "办理记录";
    public const string NoHistory = "尚无办理记录。";

    public const string Returned = "已退回";

    public static string ReturnedBy(string actor, string org, int count) => $"{actor}，{org}；第 {count} 次退回";

    public static string OpinionRequired(string action) => $"“{action}”需要填写意见。";

    public static string Done(string action, string stage) => $"已{action}，报告进入“{stage}”阶段。";
}
