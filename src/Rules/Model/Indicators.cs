namespace PerfEval.Rules.Model;

/// <summary>One row of the 3-level indicator table (绩效指标表).</summary>
public sealed class IndicatorRow
{
    /// <summary>一级指标, e.g. 产出指标.</summary>
    public string Level1 { get; set; } = "";

    /// <summary>二级指标, e.g. 数量指标.</summary>
    public string Level2 { get; set; } = "";

    /// <summary>三级指标 / 指标内容, e.g. 支持中小企业数量.</summary>
    public string Level3 { get; set; } = "";

    /// <summary>How the actual value is compared with the target.</summary>
    public Comparator Comparator { get; set; }

    /// <summary>指标值 as written (e.g. "4000户", "170元/户").</summary>
    public string? TargetText { get; set; }

    /// <summary>指标值 as a number, when it is one.</summary>
    public decimal? TargetValue { get; set; }

    /// <summary>计量单位 (户, %, 万元, 个, 月 …).</summary>
    public string? Unit { get; set; }

    /// <summary>实际完成值 as written.</summary>
    public string? ActualText { get; set; }

    /// <summary>实际完成值 as a number, when it is one.</summary>
    public decimal? ActualValue { get; set; }

    /// <summary>分值 (weight); <c>null</c> when the form leaves it blank (never read as 0).</summary>
    public decimal? Points { get; set; }

    /// <summary>
    /// The row has no 分值 of its own: the form merges one 分值 cell over it and the rows above (e.g. 经济/社会/生态效益 under
    /// one "15"). The group is the nearest row above without this marker (which holds the points) and every marked row after
    /// it; it is scored as one, never split by guess. Written only when true.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
    public bool SharesPoints { get; set; }

    /// <summary>自评得分.</summary>
    public decimal? SelfScore { get; set; }

    /// <summary>偏差原因 / 扣分原因 (required whenever the self-score is below the points).</summary>
    public string? DeviationReason { get; set; }
}

/// <summary>
/// One row of the unit's own rubric self-score table (评分表 / 附件: the report scored against rubric A or B indicator by
/// indicator), kept apart from the report's own 绩效指标表 and compared with the computed score.
/// </summary>
public sealed class RubricSelfScore
{
    /// <summary>The rubric indicator key when known (e.g. <c>B.2.2.5</c>); otherwise the row is matched by its names.</summary>
    public string? Key { get; set; }

    /// <summary>一级指标.</summary>
    public string? Level1 { get; set; }

    /// <summary>二级指标.</summary>
    public string? Level2 { get; set; }

    /// <summary>三级指标.</summary>
    public string Level3 { get; set; } = "";

    /// <summary>分值 as written; <c>null</c> when blank.</summary>
    public decimal? Points { get; set; }

    /// <summary>自评得分 as written; <c>null</c> when blank.</summary>
    public decimal? SelfScore { get; set; }

    /// <summary>扣分原因 / 评分说明.</summary>
    public string? Reason { get; set; }
}

/// <summary>
/// The unit's answer to one rubric indicator that the indicator table does not hold:
/// ticked checklist items, a chosen option, counted violations, judged deductions, or raw numbers.
/// </summary>
public sealed class IndicatorAssessment
{
    /// <summary>The rubric's indicator key (the rule name), e.g. <c>A.1.1.1</c>.</summary>
    public string Key { get; set; } = "";

    /// <summary>Checklist items ticked, by item id.</summary>
    public List<string> Checked { get; set; } = [];

    /// <summary>The option chosen for a choice or qualitative indicator.</summary>
    public string? Choice { get; set; }

    /// <summary>Actual value for ratio-like indicators that are not computed from the form.</summary>
    public decimal? Actual { get; set; }

    /// <summary>Target value for ratio-like indicators.</summary>
    public decimal? Target { get; set; }

    /// <summary>Number of cases found (per-violation deduction).</summary>
    public int? Count { get; set; }

    /// <summary>A judged score (judgment range or qualitative band).</summary>
    public decimal? Score { get; set; }

    /// <summary>Judged deductions with their reasons.</summary>
    public List<Deduction> Deductions { get; set; } = [];

    /// <summary>The reason given for a judged score or a deduction (also: why the indicator is 不适用, or why no checklist item is met).</summary>
    public string? Reason { get; set; }

    /// <summary>
    /// The unit marks the indicator 不适用 (not applicable); accepted only where the rubric allows it and with a
    /// <see cref="Reason"/>. What it does to the weights is the rubric's <c>notApplicable</c> policy.
    /// </summary>
    public bool NotApplicable { get; set; }

    /// <summary>
    /// For a judgment with deduction items (资金使用): the unit confirms that no deduction applies (未发现扣分情形).
    /// Without it (and without deductions) the indicator is not answered, never full marks.
    /// </summary>
    public bool NoDeductions { get; set; }
}

/// <summary>A judged deduction (e.g. 虚列套取 −4…−7) with its reason.</summary>
public sealed class Deduction
{
    /// <summary>The deduction item id defined by the rubric.</summary>
    public string Item { get; set; } = "";

    /// <summary>Points deducted (positive number).</summary>
    public decimal Points { get; set; }

    /// <summary>Why.</summary>
    public string? Reason { get; set; }
}

/// <summary>The four sign-off boxes plus the evaluation-group leader.</summary>
public sealed class SignOffs
{
    /// <summary>评价组组长.</summary>
    public SignOff EvaluationLeader { get; set; } = new();

    /// <summary>项目单位意见.</summary>
    public SignOff Unit { get; set; } = new();

    /// <summary>主管部门意见.</summary>
    public SignOff Department { get; set; } = new();

    /// <summary>财政部门归口业务科室意见.</summary>
    public SignOff Finance { get; set; } = new();
}

/// <summary>One sign-off box: opinion, signer and date.</summary>
public sealed class SignOff
{
    /// <summary>意见.</summary>
    public string? Opinion { get; set; }

    /// <summary>签字.</summary>
    public string? Signer { get; set; }

    /// <summary>日期 (a day, or a month when the form gives only that).</summary>
    public FormDate? Date { get; set; }
}
