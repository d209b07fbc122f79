namespace PerfEval.Host.Features.Workflow.Definitions;

/// <summary>Messages of the workflow definition version lifecycle (change note, round pin), as people read them.</summary>
internal static class WorkflowVersionText
{
    /// <summary>Longest change note (characters), as for rubric versions.</summary>
    public const int NoteMaxLength = 2000;

    public const string NoteRequired = "发布须填写变更说明（改了什么、为什么）。";

    public const string NoteTooLong = "变更说明不能超过 2000 字。";

    public static string NotFound(string id, int version) => $"流程定义 {id} 第 {version} 版不存在。";

    public static string NoPublished(string id) => $"流程定义 {id} 没有已发布的版本。";

    public static string NotPublishedForRound(string id, int version, Domain.DefinitionStatus status) =>
        $"流程定义 {id} 第 {version} 版{(status == Domain.DefinitionStatus.Draft ? "是草稿" : "已停用")}，新的自评任务只能使用已发布的版本。";

    public static string WrongKind(string id, string definitionKind, string roundKind) =>
        $"流程定义 {id} 用于“{definitionKind}”类报告，与自评任务的报告类型“{roundKind}”不一致。";
}
