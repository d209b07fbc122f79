using PerfEval.Rules.Definitions;
using PerfEval.Rules.Model;

namespace PerfEval.Rules.Engine;

/// <summary>
/// The single input every rule expression sees, as the RulesEngine parameter <c>input</c>:
/// the report plus a lookup of its answers by indicator key.
/// </summary>
public sealed class RubricInput
{
    // Answers usually arrive in key order (the web form inserts them so; samples and generated reports follow the
    // rubric), and rules ask for them in that order.
    // Then the keys are ordinal-ascending, so each key is unique, and a lookup is a probe at the last hit (one string
    // compare) with binary search as the fallback: no per-report allocation. Any other order builds a dictionary,
    // first occurrence winning, as before.
    private static readonly IReadOnlyList<GradeBand> DefaultBands = GradeBand.Defaults().AsReadOnly();
    private readonly List<IndicatorAssessment> _answers;
    private readonly Dictionary<string, int>? _answerIndex;
    private int _cursor;

    /// <summary>Wraps a report.</summary>
    /// <param name="report">The report to score or check.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public RubricInput(ReportDocument report)
    {
        ArgumentNullException.ThrowIfNull(report);
        Report = report;
        _answers = report.Assessments ?? [];
        if (!IsAscending(_answers))
        {
            _answerIndex = new Dictionary<string, int>(_answers.Count, StringComparer.Ordinal);
            for (var i = 0; i < _answers.Count; i++)
            {
                if (_answers[i]?.Key is { } key)
                {
                    _answerIndex.TryAdd(key, i);
                }
            }
        }
    }

    /// <summary>The report.</summary>
    public ReportDocument Report { get; }

    /// <summary>Grade bands used by the grade check (set from the check rule set; shared defaults otherwise, never built per report).</summary>
    internal IReadOnlyList<GradeBand> GradeBands { get; set; } = DefaultBands;

    /// <summary>The answer for an indicator key, or null.</summary>
    /// <param name="key">Indicator key.</param>
    internal IndicatorAssessment? Answer(string key) => IndexOf(key) is var i and >= 0 ? _answers[i] : null;

    /// <summary>JSON path of the answer for an indicator key (for findings).</summary>
    /// <param name="key">Indicator key.</param>
    internal string AnswerPath(string key) => IndexOf(key) is var i and >= 0 ? $"assessments[{i}]" : $"assessments[key={key}]";

    private int IndexOf(string key)
    {
        if (_answerIndex is not null)
        {
            return _answerIndex.TryGetValue(key, out var found) ? found : -1;
        }

        // The cursor is only a hint (a stale value from another thread is checked like any other guess).
        var answers = _answers;
        var c = _cursor;
        if ((uint)c < (uint)answers.Count && string.Equals(answers[c].Key, key, StringComparison.Ordinal))
        {
            return c;
        }

        if ((uint)(c + 1) < (uint)answers.Count && string.Equals(answers[c + 1].Key, key, StringComparison.Ordinal))
        {
            _cursor = c + 1;
            return c + 1;
        }

        var lo = 0;
        var hi = answers.Count - 1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            var cmp = string.CompareOrdinal(answers[mid].Key, key);
            if (cmp == 0)
            {
                _cursor = mid;
                return mid;
            }

            if (cmp < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }

    private static bool IsAscending(List<IndicatorAssessment> answers)
    {
        for (var i = 0; i < answers.Count; i++)
        {
            if (answers[i]?.Key is null || (i > 0 && string.CompareOrdinal(answers[i - 1].Key, answers[i].Key) >= 0))
            {
                return false;
            }
        }

        return true;
    }
}
