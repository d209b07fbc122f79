namespace PerfEval.Rules.Engine;

/// <summary>The score of one report under one rule set.</summary>
/// <param name="RuleSetId">Rule set id.</param>
/// <param name="RuleSetVersion">Rule set version.</param>
/// <param name="Total">综合得分 (sum of the level-1 subtotals, 2 decimals).</param>
/// <param name="Grade">评价等次 from the rule set's grade bands.</param>
/// <param name="Level1">Level-1 subtotals (一级指标) in rubric order, after weight overrides.</param>
/// <param name="Indicators">Indicator results (for rubric C, one per indicator-table row).</param>
/// <param name="Findings">Refused judgments, missing reasons, missing answers, self-score disagreements.</param>
public sealed record ScoreResult(
    string RuleSetId,
    int RuleSetVersion,
    decimal Total,
    string? Grade,
    IReadOnlyList<Level1Subtotal> Level1,
    IReadOnlyList<IndicatorResult> Indicators,
    IReadOnlyList<Finding> Findings);

/// <summary>A level-1 subtotal.</summary>
/// <param name="Key">Group key.</param>
/// <param name="Name">一级指标 name.</param>
/// <param name="Points">Weight used (override or default).</param>
/// <param name="Score">Sum of its indicators' scores.</param>
public sealed record Level1Subtotal(string Key, string Name, decimal Points, decimal Score);

/// <summary>One scored indicator with its explanation.</summary>
/// <param name="Path">一级/二级/三级 names joined with <c>/</c>.</param>
/// <param name="Key">Rule name (for rubric C rows: <c>rule#rowIndex</c>).</param>
/// <param name="Points">分值 (after weight overrides).</param>
/// <param name="Score">得分 (2 decimals).</param>
/// <param name="SelfScore">The unit's own score from the report, when there is one.</param>
/// <param name="Disagrees">Whether <paramref name="SelfScore"/> differs from <paramref name="Score"/>.</param>
/// <param name="Explanation">Plain-Chinese explanation of the score and every point lost (扣分原因).</param>
/// <param name="Status">Whether the indicator was scored, or why it scores 0 (not assessable, 不适用, out of range).</param>
public sealed record IndicatorResult(string Path, string Key, decimal Points, decimal Score, decimal? SelfScore, bool Disagrees, string Explanation,
    IndicatorStatus Status = IndicatorStatus.Scored);

/// <summary>Whether an indicator could be scored.</summary>
public enum IndicatorStatus
{
    /// <summary>Scored from the report's data.</summary>
    Scored,

    /// <summary>
    /// 无法评分: the report lacks what the indicator needs (a blank figure, no answer, a zero denominator, 不适用 where the
    /// rubric does not allow it). Scores 0 with an error finding naming the field; blocks submission until supplied.
    /// </summary>
    NotAssessable,

    /// <summary>不适用 as the unit marked it (where the rubric allows it); excluded and rescaled, or 0, by the rubric's policy.</summary>
    NotApplicable,

    /// <summary>The rule computed a score outside [0, points]: refused, counted 0, with an error finding naming the rule.</summary>
    OutOfRange,
}

/// <summary>Options for scoring.</summary>
public sealed class ScoreOptions
{
    /// <summary>
    /// Level-1 weights in rubric order (e.g. 40,10,40,10 for rubric C's 产出/预算执行率/效益/满意度), overriding the
    /// rule set's defaults for an evaluation round; each indicator is scaled by new/default. Must sum to 100.
    /// </summary>
    public IReadOnlyList<decimal>? Level1Weights { get; init; }

    /// <summary>The kind of the report scored: when given, a rubric of the other kind is refused (a rubric scores only its kind).</summary>
    public Model.ReportKind? ReportKind { get; init; }
}
