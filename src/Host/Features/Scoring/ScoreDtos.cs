using PerfEval.Rules.Engine;

namespace PerfEval.Host.Features.Scoring;

/// <summary>
/// A report's score under one rule-set version: total, grade, level-1 subtotals, every indicator with its
/// explanation and the unit's self-score, the scoring findings and the consistency checks.
/// <see cref="Stored"/> says whether the score was written to the report (never for previews and accepted reports).
/// Finding fields are JSON paths inside the report's <c>content</c> (e.g. <c>funding.balance.total</c>).
/// </summary>
public sealed record ReportScore(
    string RuleSetId,
    int RuleSetVersion,
    IReadOnlyList<decimal>? Level1Weights,
    decimal Total,
    string? Grade,
    IReadOnlyList<Level1Subtotal> Level1,
    IReadOnlyList<IndicatorResult> Indicators,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<Finding> Checks,
    bool Stored);
