namespace PerfEval.Host.Components.ReportForm;

/// <summary>A consistency finding as the form shows it: the section and field it concerns, and the message.</summary>
public sealed record UiFinding(string Section, string? Path, bool IsError, string Message, string? RuleName);

/// <summary>One scored indicator as the score panel shows it.</summary>
public sealed record UiIndicatorScore(string Key, string Name, decimal MaxPoints, decimal? Score, decimal? SelfScore, string? Reason, bool Disagrees);

/// <summary>The live result of scoring and checking the form as typed (recomputed after edits, debounced).</summary>
public sealed class LiveCheck
{
    public IReadOnlyList<UiFinding> Findings { get; init; } = [];

    public IReadOnlyList<UiIndicatorScore> Scores { get; init; } = [];

    public decimal? Total { get; init; }

    public string? Grade { get; init; }

    public string? RuleSet { get; init; }

    /// <summary>Why no score is shown (no rubric pinned, scoring unavailable…).</summary>
    public string? Unavailable { get; init; }

    public IEnumerable<UiFinding> For(string section) => Findings.Where(f => string.Equals(f.Section, section, StringComparison.OrdinalIgnoreCase));
}
