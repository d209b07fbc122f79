namespace PerfEval.Host.Features.Workflow.Designer;

/// <summary>The designer's Chinese text (to move to .resx with the others).</summary>
public static class DesignerText
{
    public const string Nav = "审批流程设计";
    public const string Title = "审批流程设计器";
    public const string Hint = "按阶段设置办理人、期限、意见与签署栏，按条件分流；左侧图随修改即时重绘，问题全部解决后才能发布。";
    public const string Definition = "流程";
    public const string Name = "流程名称";
    public const string Based = "基于";
    public const string Stages = "阶段";
    public const string AddStage = "添加阶段";
    public const string Code = "编码";
    public const string Label = "名称";
    public const string DueDays = "办理期限（天）";
    public const string Terminal = "终止阶段";
    public const string Start = "起始阶段";
    public const string Up = "上移";
    public const string Down = "下移";
    public const string Remove = "删除";
    public const string Actions = "操作";
    public const string AddAction = "添加操作";
    public const string ActionCode = "操作编码";
    public const string ActionLabel = "操作名称";
    public const string Role = "办理角色";
    public const string OrgLevel = "办理层级";
    public const string CommentRequired = "必须填写意见";
    public const string SignOff = "写入签署栏";
    public const string NoSignOff = "不写签署栏";
    public const string Rescore = "复核评分";
    public const string Target = "目标阶段";
    public const string Previous = "退回上一阶段（@previous）";
    public const string Conditional = "按条件分流";
    public const string Routes = "条件路线（自上而下，第一条成立的生效；最后一条为默认路线）";
    public const string AddRoute = "添加路线";
    public const string Template = "条件";
    public const string AmountAtLeast = "计划安排资金 ≥（万元）";
    public const string ScoreBelowGrade = "综合得分低于等次";
    public const string OrgInList = "单位属于列表";
    public const string Advanced = "高级表达式";
    public const string Default = "默认（其余情况）";
    public const string Amount = "金额（万元）";
    public const string Grade = "等次";
    public const string OrgCodes = "单位编码（逗号分隔）";
    public const string Expression = "表达式";
    public const string Problems = "校验问题";
    public const string NoProblems = "校验通过，可以发布。";
    public const string Checking = "正在校验…";
    public const string Simulate = "模拟";
    public const string SimulationTitle = "模拟：已存报告将走的路径（假定每一步都同意）";
    public const string SimulationPath = "路径";
    public const string SimulationCount = "报告数";
    public const string SimulationReport = "报告";
    public const string SimulationOrg = "单位";
    public const string SimulationStage = "当前阶段";
    public const string SimulationVersion = "所用版本";
    public const string InFlightTag = "在途";
    public const string SaveDraft = "保存草稿";
    public const string Publish = "发布";
    public const string Saved = "已保存草稿 v{0}。";
    public const string Published = "已发布 v{0}：此后新建的报告使用新版本，已开始的报告仍按原版本办理。";
    public const string Versions = "版本";
    public const string Status = "状态";
    public const string CreatedBy = "创建人";
    public const string CreatedAt = "创建时间";
    public const string Export = "导出 JSON";
    public const string Import = "导入 JSON";
    public const string ImportHint = "粘贴流程定义 JSON 后点击“载入”，内容将替换当前编辑内容（同样实时校验）。";
    public const string Load = "载入";
    public const string Diagram = "流程图";
    public const string Open = "打开";
    public const string ReportKind = "报告类型";
    public const string ApproveLabel = "同意";
    public const string CompareWithPrevious = "与上一版比较";

    public static string DiffTitle(int from, int to) => $"v{from} → v{to} 的变化";

    public static string ChangeLabel(PerfEval.Workflows.Definitions.ChangeKind kind) => kind switch
    {
        PerfEval.Workflows.Definitions.ChangeKind.Added => "新增",
        PerfEval.Workflows.Definitions.ChangeKind.Removed => "删除",
        _ => "修改",
    };

    public static string NotFound(string id) => $"流程定义 {id} 不存在。";

    /// <summary>The notice under the simulation: running reports keep their version.</summary>
    public static string InFlightNotice(int total, int inFlight) =>
        $"共模拟 {total} 份报告，其中 {inFlight} 份正在办理中（在途）。已开始的报告继续按其开始时固定的流程版本办理，发布不会改变它们；新版本只用于发布后新建的报告。";

    public static string Truncated(int max) => $"报告较多，仅模拟了前 {max} 份。";

    public const string UnplacedTag = "无法到达终点";

    /// <summary>Why a simulated report's path does not reach a terminal stage.</summary>
    public static string Unplaced(PerfEval.Workflows.Runtime.WalkStop stop, string at, string? backTo) => stop switch
    {
        PerfEval.Workflows.Runtime.WalkStop.Loop when backTo is not null =>
            $"在“{at}”按路线回到“{backTo}”（如退回上一阶段），各环节同意后仍会回到此处，无法到达终止阶段。",
        _ => $"停在“{at}”：没有可前进的操作，无法到达终止阶段。",
    };

    /// <summary>The warning above the simulation when some reports cannot be placed.</summary>
    public static string UnplacedNotice(int count) => $"{count} 份报告按此草稿无法到达终止阶段（见下表标注“{UnplacedTag}”的行），请检查路线。";

    public const string ChangeNote = "变更说明";
    public const string ChangeNoteHint = "发布前请写明本版改了什么、为什么（必填，最多 2000 字）；它记入版本记录。";
    public const string ConfirmPublish = "确认发布";
    public const string Cancel = "取消";
    public const string History = "版本记录";
    public const string HistoryEmpty = "暂无记录。";
    public const string AuditAt = "时间";
    public const string AuditAction = "操作";
    public const string AuditBy = "操作人";

    /// <summary>An audit action of a workflow version, as people read it.</summary>
    public static string AuditActionLabel(string action) => action switch
    {
        Domain.WorkflowDefinitionAudit.Shipped => "随系统提供",
        Domain.WorkflowDefinitionAudit.Created => "保存新版本",
        Domain.WorkflowDefinitionAudit.Imported => "导入 JSON",
        Domain.WorkflowDefinitionAudit.Published => "发布",
        Domain.WorkflowDefinitionAudit.Retired => "停用",
        _ => action,
    };

    /// <summary>Who did it: display name and role.</summary>
    public static string AuditActor(string displayName, string roleLabel) => string.IsNullOrEmpty(roleLabel) ? displayName : $"{displayName}（{roleLabel}）";

    public const string Retire = "停用";
    public const string RetiredDone = "已停用 v{0}：新报告不再使用该版本，已在其上的报告照常办完。";

    public static string StatusLabel(Domain.DefinitionStatus status) => status switch
    {
        Domain.DefinitionStatus.Published => "已发布",
        Domain.DefinitionStatus.Retired => "已停用",
        _ => "草稿",
    };

    public static string KindLabel(string kind) => kind == "department" ? "部门整体支出" : "项目支出";
}
