using PerfEval.Host.Domain;
using PerfEval.Rules.Definitions;
using PerfEval.Rules.Templates;

namespace PerfEval.Host.Features.RubricEditor.Editor;

/// <summary>Every Chinese string of the rubric editor.</summary>
public static class RubricText
{
    public const string Nav = "评分标准";
    public const string ListTitle = "评分标准管理";
    public const string ListHint = "评分标准以 RulesEngine 规则文件保存；在这里修改指标、分值与评分方法，发布前先试算并查看影响。";
    public const string ColId = "标识";
    public const string ColTitle = "名称";
    public const string ColPublished = "已发布版本";
    public const string ColDraft = "草稿";
    public const string ColVersions = "版本数";
    public const string Edit = "编辑";
    public const string NewRubric = "新建评分标准";
    public const string NewId = "标识（如 rubric-d-2027）";
    public const string NewTitle = "名称";
    public const string Create = "创建";
    public const string Import = "导入 JSON 文件";
    public const string ImportHint = "选择 RulesEngine 规则文件（.json）：通过全部校验才保存为草稿，否则列出所有问题、不保存任何内容。";
    public static string ImportFailedCount(int n) => $"导入失败，文件有 {n} 个问题（未保存任何内容）：";
    public const string ImportOk = "已导入为草稿";
    public const string Export = "导出 JSON";
    public const string SaveDraft = "保存草稿";
    public const string Saved = "草稿已保存";
    public const string Publish = "发布";
    public const string ChangeNote = "变更说明（发布必填）";
    public const string PublishBlocked = "仍有校验问题，不能发布";
    public const string NeedNote = "请填写变更说明";
    public const string Published = "已发布";
    public const string Unsaved = "有未保存的修改";

    // Tree
    public const string Tree = "指标体系";
    public const string Level1Total = "一级指标合计";
    public const string AddLevel1 = "添加一级指标";
    public const string AddLevel2 = "添加二级指标";
    public const string AddIndicator = "添加三级指标";
    public const string NewLevel1 = "新一级指标";
    public const string NewLevel2 = "新二级指标";
    public const string NewIndicator = "新三级指标";
    public const string Name = "名称";
    public const string Points = "分值";
    public const string MoveUp = "上移";
    public const string MoveDown = "下移";
    public const string DragToMove = "拖动以移动（可拖入其他分组）";
    public const string Delete = "删除";
    public static string SumOf(decimal sum, decimal points) => $"下级合计 {sum:0.##} / {points:0.##}";

    // Template form
    public const string Indicator = "指标设置";
    public const string IndicatorColumn = "指标";
    public const string SelectIndicator = "在左侧选择一个三级指标。";
    public const string Template = "评分方法";
    public const string NotARuleSetFile = "不是规则集文件：";

    /// <summary>The audit's action codes as people read them.</summary>
    public static string AuditAction(string action) => action switch
    {
        "shipped" => "随系统发布",
        "created" => "新建草稿",
        "imported" => "导入 JSON 文件",
        "updated" => "保存草稿",
        "published" => "发布",
        "retired" => "停用",
        _ => action,
    };

    public const string Standard = "评分标准（手写说明，可留空）";
    public const string StandardHint = "留空时按参数自动生成，参数改动后文字随之更新；手写文字与参数不符时会提示。";
    public const string StandardShown = "单位看到的评分标准：";
    public const string AllowNotApplicable = "允许单位标记为“不适用”（须说明理由）";
    public const string ActualLabel = "实际值在表中的名称（如 目标完成数）";
    public const string TargetLabel = "目标值在表中的名称（如 预定目标数）";
    public const string NotApplicablePolicy = "不适用指标的处理";
    public const string NotApplicableRescale = "剔除该指标，同一一级指标内按比例折算";
    public const string NotApplicableZero = "该指标计 0 分";
    public const string Evidence = "佐证材料";
    public const string EvidenceRequired = "须上传佐证";
    public const string EvidenceOptional = "不要求";
    public const string EvidenceError = "必须（否则不能提交）";
    public const string EvidenceWarning = "提醒（可提交）";
    public const string Actual = "实际值取自";
    public const string Target = "目标值取自";
    public const string FixedTarget = "固定目标值";
    public const string FixedValue = "（固定值）";
    public const string Unit = "单位";
    public const string Cap = "得分不超过分值（比率封顶 1）";
    public const string Formula = "超出目标时的计算";
    public const string FormulaLinear = "1 −（实际−目标）/目标";
    public const string FormulaOver = "目标 / 实际";
    public const string Tolerance = "允差";
    public const string Otherwise = "不相等时";
    public const string OtherwiseZero = "得 0 分";
    public const string OtherwiseProportional = "按比例得分";
    public const string Direction = "扣分方向";
    public const string DirectionBelow = "低于目标每 1 个单位扣分";
    public const string DirectionAbove = "高于目标每 1 个单位扣分";
    public const string PerUnit = "每单位 / 每次扣分";
    public const string Tiers = "分档";
    public const string TierLower = "下限";
    public const string TierUpper = "上限";
    public const string TierIncl = "含";
    public const string TierScore = "得分";
    public const string AddRow = "添加一行";
    public const string Items = "评分要点";
    public const string ItemId = "编号";
    public const string ItemLabel = "内容";
    public const string Options = "选项";
    public const string Cases = "违规情形（每行一项）";
    public const string Deductions = "扣分项（留空则为评审直接给分）";
    public const string Min = "最低";
    public const string Max = "最高";
    public const string Bands = "定性档次（占分值的百分比）";
    public const string LowerPercent = "下限 %";
    public const string UpperPercent = "上限 %";
    public const string ExplainBelow = "低于此执行率（%）须说明原因";
    public const string Keywords = "一级指标关键词（逗号分隔）";
    public const string MatchLevel2 = "关键词也匹配二级指标（旧表把「服务对象满意度指标」列为效益指标下的二级指标）";
    public const string ExcludeKeywords = "排除关键词（一级或二级指标含这些词的行不计入本类，逗号分隔）";
    public const string Advanced = "高级：直接编写表达式";
    public const string AdvancedHint = "表达式在停止输入约 0.4 秒后校验；只允许 input、Fn.*、Math.* 等白名单内的成员。";
    public const string Expression = "生成的 RulesEngine 表达式（只读）";
    public const string RawExpression = "表达式";
    public const string ExpressionOk = "表达式通过校验";
    public const string ExpressionCannot = "无法生成表达式：";

    // Verification
    public const string Verification = "实时校验";
    public const string NoProblems = "全部通过：分值合计、分档、表达式白名单与试运行均无问题。";
    public static string ProblemCount(int n) => $"{n} 个问题，修正前不能发布";

    // Try it
    public const string TryIt = "试算";
    public const string TryItHint = "选择一份已存报告或粘贴报告 JSON，修改规则时得分随之更新（用草稿直接评分）。";
    public const string PickReport = "选择报告";
    public const string PasteJson = "或粘贴报告 JSON";
    public const string UsePasted = "用粘贴的报告试算";
    public const string BadReportJson = "报告 JSON 无法解析：";
    public const string Total = "总分";
    public const string Grade = "等次";
    public const string Score = "得分";
    public const string Reason = "说明";
    public const string NotLoaded = "草稿有校验问题，修正后才能试算。";

    // Impact
    public const string Impact = "影响分析";
    public const string ImpactHint = "用草稿和当前发布版本分别为使用此标准的自评任务中的全部报告评分（快速批量路径：编译一次，评分多份）。";
    public const string RunImpact = "运行影响分析";
    public const string ImpactNoMovers = "没有报告的得分发生变化。";
    public const string ImpactWhatIf = "目前没有自评任务使用此评分标准，以下为对全部同类报告的假设评分。";
    public const string ImpactReports = "参与评分的报告";
    public const string ImpactScoreChanged = "得分变化";
    public const string ImpactGradeChanged = "等次变化";
    public const string ImpactMatrix = "等次变化（发布版本 → 草稿）";
    public const string ImpactMovers = "变化最大的 10 份报告";
    public const string ImpactCancel = "取消";
    public const string ImpactCancelled = "影响分析已取消。";

    public static string ImpactProgress(int done, int total) => total == 0 ? "正在统计报告…" : $"已评分 {done} / {total} 份报告";
    public const string Before = "发布版本";
    public const string After = "草稿";
    public const string Delta = "变化";
    public const string NoPublished = "尚无发布版本，无法比较。";
    public static string TryWeights(string round, string weights) => $"按自评任务「{round}」的一级指标权重 {weights} 折算";

    public static string Elapsed(long ms, int n) => $"{n} 份报告 × 2 个版本，用时 {ms} 毫秒（含读取报告）";

    // Versions
    public const string Versions = "版本";
    public const string Version = "版本";
    public const string Status = "状态";
    public const string Note = "变更说明";
    public const string Author = "操作人";
    public const string When = "时间";
    public const string Rollback = "以此版本创建草稿";
    public const string Retire = "停用";
    public const string Retired = "已停用该版本";
    public const string RolledBack = "已由旧版本创建草稿";
    public const string Diff = "版本比较";
    public const string DiffFrom = "旧版本";
    public const string DiffTo = "新版本";
    public const string Compare = "比较";
    public const string NoDiff = "两个版本没有差异。";
    public const string Audit = "操作记录";
    public const string Action = "操作";
    public const string WorkingCopy = "当前编辑内容";

    // Grade bands
    public const string GradeBands = "评价等次";
    public const string Aliases = "别名（逗号分隔）";
    public const string MaxInclusive = "含上限";

    public static string StatusLabel(RuleSetStatus s) => s switch
    {
        RuleSetStatus.Draft => "草稿",
        RuleSetStatus.Published => "已发布",
        _ => "已停用",
    };

    public static string TemplateLabel(TemplateKind k) => k switch
    {
        TemplateKind.Ratio => "正向比率（实际/目标）",
        TemplateKind.ReverseRatio => "反向比率（越低越好）",
        TemplateKind.Equal => "等于目标（含允差）",
        TemplateKind.Tiers => "分档",
        TemplateKind.PerPointDeduction => "按点扣分",
        TemplateKind.Checklist => "要点清单",
        TemplateKind.Choice => "选项",
        TemplateKind.PerViolationDeduction => "按次扣分",
        TemplateKind.JudgmentRange => "评审判定（区间）",
        TemplateKind.QualitativeBands => "定性分档（达成/部分达成/未达成）",
        TemplateKind.BudgetExecution => "预算执行率",
        TemplateKind.IndicatorRows => "按报告指标表评分",
        _ => "高级表达式",
    };

    public static string MeasureLabel(string name) => $"{Measures.Label(name)}（{name}）";

    public static string ChangeLabel(RubricChangeKind k) => k switch
    {
        RubricChangeKind.Added => "新增",
        RubricChangeKind.Removed => "删除",
        RubricChangeKind.PointsChanged => "分值",
        RubricChangeKind.ScoringChanged => "评分方法",
        RubricChangeKind.TextChanged => "文字",
        _ => "整体",
    };
}
