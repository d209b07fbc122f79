namespace PerfEval.Rules.Definitions;

/// <summary>The scoring templates an administrator picks from; each generates the rule's expression.</summary>
public enum TemplateKind
{
    /// <summary>正向比率: min(actual / target, 1) × points (cap optional).</summary>
    Ratio,

    /// <summary>反向比率 (≤ target): full when actual ≤ target, else by <see cref="TemplateParameters.Formula"/>.</summary>
    ReverseRatio,

    /// <summary>等于: full when |actual − target| ≤ tolerance; otherwise 0 or proportional.</summary>
    Equal,

    /// <summary>分档: the score of the tier holding the value.</summary>
    Tiers,

    /// <summary>按点扣分: points − perPoint × (points beyond the threshold), floor 0.</summary>
    PerPointDeduction,

    /// <summary>要点清单: sum of the ticked items' points.</summary>
    Checklist,

    /// <summary>选项: the points of the option chosen.</summary>
    Choice,

    /// <summary>按次扣分: points − perCase × cases found, floor 0.</summary>
    PerViolationDeduction,

    /// <summary>评审判定: a judged score in [min, max] (or judged deductions within item ranges) with a reason.</summary>
    JudgmentRange,

    /// <summary>定性分档: 达成 / 部分达成 / 未达成, the judged score must lie in the chosen band.</summary>
    QualitativeBands,

    /// <summary>预算执行率: min(执行数 / 调整后预算数, 1) × points; below the threshold needs an explanation.</summary>
    BudgetExecution,

    /// <summary>
    /// 指标表: scores the report's own indicator table rows of one level-1 category by their comparators
    /// (rubric C), scaled to the category's points.
    /// </summary>
    IndicatorRows,

    /// <summary>高级: a raw expression, validated like generated ones.</summary>
    Advanced,
}
