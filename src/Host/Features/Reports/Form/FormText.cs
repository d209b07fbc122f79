using PerfEval.Rules.Model;

namespace PerfEval.Host.Features.Reports.Form;

/// <summary>Chinese labels of the report form, in the order of the paper form (part of the UI text resources).</summary>
public static class FormText
{
    public const string Basic = "一、基本概况";
    public const string ProjectName = "项目名称";
    public const string UnitName = "项目单位";
    public const string SupervisingDepartment = "主管部门";
    public const string EvaluationType = "评价类型";
    public const string EvaluationMethod = "评价方式";
    public const string EvaluationBody = "评价机构";
    public const string Year = "评价年度";
    public const string ReportDate = "报告日期";
    public const string PersonInCharge = "项目负责人";
    public const string Phone = "联系电话";
    public const string Address = "地址";
    public const string Postcode = "邮编";
    public const string StartDate = "项目起始时间";
    public const string EndDate = "项目结束时间";

    public const string Funding = "资金情况";
    public const string FundingRowHeader = "资金";
    public const string Planned = "计划安排";
    public const string Arrived = "实际到位";
    public const string Spent = "实际支出";
    public const string Balance = "结余";
    public const string Central = "中央财政";
    public const string Provincial = "省（自治区）财政";
    public const string City = "市财政";
    public const string County = "县市区财政";
    public const string Other = "其它";
    public const string Total = "合计";
    public const string ExecutionRate = "预算执行率";
    public const string ExecutionRateHint = "（实际支出合计 ÷ 计划安排合计，随填写自动计算）";
    public const string NotComputable = "—";

    public static string ExecutionExplanation(decimal below) => $"预算执行率低于 {below.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}% 的原因说明";

    public static string StatedDiffers(decimal computed) => $"与计算值 {computed.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)} 不一致";

    public const string Expenditure = "二、支出明细";
    public const string ExpenditureUnit = "本表金额单位";
    public const string ExpContent = "支出内容（经济科目）";
    public const string ExpPlanned = "计划支出数";
    public const string ExpActual = "实际支出数";
    public const string Voucher = "会计凭证号";
    public const string Remark = "备注";
    public const string StatedTotals = "支出合计（填报数）";
    public const string LinesSum = "明细合计（自动计算）";

    public const string Goals = "三、绩效目标完成情况";
    public const string GoalExpected = "预期目标";
    public const string GoalActual = "实际完成情况";

    public const string Indicators = "绩效指标";
    public const string Level1 = "一级指标";
    public const string Level2 = "二级指标";
    public const string Level3 = "三级指标";
    public const string Comparator = "比较";
    public const string TargetText = "指标值";
    public const string TargetValue = "指标值（数）";
    public const string IndicatorUnit = "计量单位";
    public const string ActualText = "实际完成值";
    public const string ActualValue = "实际值（数）";
    public const string Points = "分值";
    public const string SelfScore = "自评得分";
    public const string DeviationReason = "偏差原因/扣分原因";
    public const string StatedTotalScore = "综合得分（自评）";
    public const string StatedGrade = "评价等次（自评）";
    public const string SelfScoreSum = "自评得分合计";

    public const string Answers = "评分要素填报";
    public const string AnswersHint = "按评分标准逐项填报；由资金情况、指标表等自动计算的指标无需填写。";
    public const string AnswerScore = "评审得分";
    public const string AnswerBand = "定性档次";
    public const string AnswerReason = "理由";
    public const string AnswerReasonRequired = "请填写扣分理由";
    public const string AnswerCount = "发现问题数";
    public const string AnswerCases = "情形：";
    public const string AnswerPerCase = "每起扣";
    public const string AnswerActual = "实际值";
    public const string AnswerTarget = "目标值";
    public const string RubricSelfScores = "评分表自评";
    public const string RubricSelfScoresHint = "按评分标准逐项填写本单位的自评得分（即报告所附评分表）；与规则得分不一致之处会提示。";
    public const string RubricSelfScoresFill = "按评分标准列出指标";
    public const string SelfScoreReason = "扣分原因";
    public const string AnswerNotApplicable = "不适用";
    public const string AnswerNotApplicableReason = "不适用的理由（必填）";
    public const string AnswerNoDeductions = "未发现扣分情形";
    public const string AnswerChecklistReason = "未满足要点的说明";
    public const string AnswerNotAnswered = "尚未填写：未填写的指标无法评分，提交前须补填";
    public const string AnswerDeductionItem = "扣分项";
    public const string AnswerDeductionPoints = "扣分";

    public static string AnswerOutOfRange(string range) => $"超出允许范围（{range}）";

    /// <summary>A number as people write it: up to two decimals, no trailing zeros.</summary>
    public static string N(decimal value) => value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);

    public const string Evaluators = "四、评价人员";
    public const string EvaluatorName = "姓名";
    public const string EvaluatorTitle = "职称/职务";
    public const string EvaluatorUnit = "单位";
    public const string EvaluationLeader = "评价组组长意见";
    public const string Opinion = "意见";
    public const string Signer = "签字";
    public const string Date = "日期";
    public const string PreparerName = "填报人";
    public const string PreparerPhone = "填报人电话";
    public const string SignOffs = "审核意见";
    public const string UnitOpinion = "项目单位意见";
    public const string DepartmentOpinion = "主管部门意见";
    public const string FinanceOpinion = "财政部门意见";

    public const string Narrative = "五、评价报告综述";
    public const string Overview = "项目概况";
    public const string FundsUse = "资金使用及管理情况";
    public const string Implementation = "组织实施情况";
    public const string Conclusion = "综合评价情况及评价结论";
    public const string PerformanceAnalysis = "主要绩效情况分析";
    public const string Experience = "经验做法、存在问题和改进建议";

    public const string Department = "部门整体情况";
    public const string Duties = "职能职责概述";
    public const string AnnualTasks = "年度主要工作任务";
    public const string Staffing = "人员编制";
    public const string Revenue = "收入情况";
    public const string DeptExpenditure = "支出情况";
    public const string ThreePublic = "“三公”经费";
    public const string FixedAssets = "固定资产";
    public const string Institution = "机构名称";
    public const string SummaryRow = "合计行（填报数）";
    public const string ApprovedPosts = "编制数（人）";
    public const string Headcount = "实有人数（人）";
    public const string RevTotal = "收入合计";
    public const string CarriedOver = "上年结转";
    public const string GeneralBudget = "公共财政拨款";
    public const string GovernmentFund = "政府基金拨款";
    public const string SpecialAccount = "纳入专户管理的非税收入拨款";
    public const string OtherIncome = "其他收入";
    public const string ExpTotal = "支出合计";
    public const string BasicExp = "基本支出";
    public const string Personnel = "人员支出";
    public const string PublicExp = "公用支出";
    public const string ProjectExp = "项目支出";
    public const string YearBalance = "当年结余";
    public const string AccBalance = "累计结余";
    public const string Reception = "公务接待费";
    public const string VehicleOperation = "公务用车运维费";
    public const string VehiclePurchase = "公务用车购置费";
    public const string Overseas = "因公出国（境）费";
    public const string Budget = "年初预算数";
    public const string LastYear = "上年实际数";
    public const string InUse = "在用";
    public const string Leased = "出租";
    public const string OtherAssets = "其他";

    public const string AddRow = "添加一行";
    public const string RowActions = "操作";
    public const string RowOpen = "展开编辑此行（Alt+E）";
    public const string RowUp = "上移（Alt+↑）";
    public const string RowDown = "下移（Alt+↓）";
    public const string IndicatorKeys = "键盘：在某行内按 Alt+↑/↓ 移动该行，Alt+N 在下方插入一行，Alt+Delete 删除该行，Alt+E 展开编辑；前三列在横向滚动时保持可见。";
    public const string RemoveRow = "删除此行";
    public const string Save = "保存草稿";
    public const string Saving = "正在保存…";
    public const string Saved = "已保存";
    public const string Unsaved = "有未保存的修改";
    public const string ReadOnlyHint = "报告不在起草阶段或您不是本单位填报人，表单只读。";
    public const string SaveOk = "草稿已保存。";
    public const string ValidationFailed = "这些字段需要更正后才能保存（点击跳到字段）：";
    public const string ConflictTitle = "报告已被他人修改";
    public const string ConflictText = "在您编辑期间，其他人保存了这份报告。您输入的内容仍保留在页面上，没有丢失。";
    public const string ConflictKeepMine = "其余字段都保留我的输入（再次保存时覆盖对方在这些字段的修改）";
    public const string ConflictTakeTheirs = "其余字段都采用对方的内容（我的其他输入仍保留）";
    public const string ConflictFields = "双方都修改了下列字段，请逐项选择保留哪一方；其余修改已自动合并：";
    public const string ConflictKeepMineOne = "保留我的";
    public const string ConflictTakeTheirsOne = "采用对方的";
    public const string ConflictDecided = "已按您的选择处理冲突字段，请保存。";
    public const string ConflictTheirs = "对方";
    public const string ConflictMine = "我";
    public const string Blank = "（空）";
    public const string MergedSilently = "他人刚保存过这份报告：双方修改的是不同字段，已合并并保存。";
    public const string ConflictDiffers = "双方内容不同的部分：";
    public const string Back = "返回";
    public const string Version = "版本";

    public const string FindingsFold = "收起";

    public static string FindingsShowAll(int n) => $"展开全部 {n} 条";

    public static string ComparatorLabel(Comparator c) => c switch
    {
        Rules.Model.Comparator.AtLeast => "≥",
        Rules.Model.Comparator.AtMost => "≤",
        Rules.Model.Comparator.Equal => "=",
        _ => "定性",
    };

    public static string EvaluationTypeLabel(EvaluationType t) => t switch
    {
        Rules.Model.EvaluationType.Prior => "事前评价",
        Rules.Model.EvaluationType.Interim => "事中评价",
        Rules.Model.EvaluationType.Posterior => "事后评价",
        Rules.Model.EvaluationType.ImplementationProcess => "项目实施过程评价",
        Rules.Model.EvaluationType.CompletionResult => "项目完成结果评价",
        _ => "未选择",
    };

    /// <summary>A field's name in plain words from its document path: "basic.personInCharge" → "一、基本概况 · 项目负责人",
    /// "indicators[2].level3" → "绩效指标 第 3 行 · 三级指标".</summary>
    public static string FieldLabel(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var parts = FormState.Normalize(path).Split('.');
        var words = new List<string>();
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? part : part[..bracket];
            var label = i == 0 ? SectionLabel(name) : LeafLabel(name);
            if (bracket >= 0 && int.TryParse(part[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture, out var n))
            {
                label += $" 第 {n + 1} 行";
            }

            words.Add(label);
        }

        return string.Join(" · ", words);
    }

    private static string LeafLabel(string name) => name switch
    {
        "projectName" => ProjectName,
        "unitName" => UnitName,
        "supervisingDepartment" => SupervisingDepartment,
        "evaluationType" => EvaluationType,
        "reportDate" => ReportDate,
        "year" => Year,
        "personInCharge" => PersonInCharge,
        "phone" => Phone,
        "address" => Address,
        "postcode" => Postcode,
        "startDate" => StartDate,
        "endDate" => EndDate,
        "planned" => Planned,
        "arrived" => Arrived,
        "spent" => Spent,
        "balance" => Balance,
        "central" => Central,
        "provincial" => Provincial,
        "city" => City,
        "county" => County,
        "other" => Other,
        "total" => Total,
        "level1" => Level1,
        "level2" => Level2,
        "level3" => Level3,
        "targetText" => TargetText,
        "targetValue" => TargetValue,
        "actualText" => ActualText,
        "actualValue" => ActualValue,
        "points" => Points,
        "selfScore" => SelfScore,
        "deviationReason" => DeviationReason,
        "overview" => "项目概况",
        "conclusion" => "综合评价结论",
        "name" => "姓名",
        "date" => Date,
        "lines" => "明细",
        _ => name,
    };

    /// <summary>Section names for the conflict summary, keyed by the document's JSON property.</summary>
    public static string SectionLabel(string jsonName) => jsonName switch
    {
        "basic" => Basic,
        "funding" => Funding,
        "expenditure" => Expenditure,
        "goals" => Goals,
        "indicators" => Indicators,
        "assessments" => Answers,
        "rubricSelfScores" => RubricSelfScores,
        "statedTotalScore" => StatedTotalScore,
        "statedGrade" => StatedGrade,
        "evaluators" => Evaluators,
        "signOffs" => SignOffs,
        "preparer" => PreparerName,
        "narrative" => Narrative,
        "department" => Department,
        _ => jsonName,
    };
}
