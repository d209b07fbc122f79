using PerfEval.Rules.Definitions;
using PerfEval.Rules.Model;

namespace PerfEval.Rules.Engine;

/// <summary>
/// The single input every rule expression sees, as the RulesEngine parameter <c>input</c>:
/// the report plus a lookup of its answers by indicator key (built once per report).
/// </summary>
public sealed class RubricInput
{
    // One index (key → position in Report.Assessments): building it is a real share of a fast-path score.
    private readonly Dictionary<string, int> _answerIndex;

    /// <summary>Wraps a report.</summary>
    /// <param name="report">The report to score or check.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public RubricInput(ReportDocument report)
    {
        ArgumentNullException.ThrowIfNull(report);
        Report = report;
        _answerIndex = new Dictionary<string, int>(report.Assessments.Count, StringComparer.Ordinal);
        for (var i = 0; i < report.Assessments.Count; i++)
        {
            if (report.Assessments[i]?.Key is { } key)
            {
                _answerIndex.TryAdd(key, i);
            }
        }
    }

    /// <summary>The report.</summary>
    public ReportDocument Report { get; }

    /// <summary>Grade bands used by the grade check (set from the check rule set).</summary>
    internal IReadOnlyList<GradeBand> GradeBands { get; set; } = GradeBand.Defaults();

    /// <summary>The answer for an indicator key, or null.</summary>
    /// <param name="key">Indicator key.</param>
    internal IndicatorAssessment? Answer(string key) => _answerIndex.TryGetValue(key, out var i) ? Report.Assessments[i] : null;

    /// <summary>JSON path of the answer for an indicator key (for findings).</summary>
    /// <param name="key">Indicator key.</param>
    internal string AnswerPath(string key) =>
        _answerIndex.TryGetValue(key, out var i) ? $"assessments[{i}]" : $"assessments[key={key}]";
}
