namespace PerfEval.Host.Features.Reports.Form;

/// <summary>A consistency finding as the form shows it: the section and field it concerns, and the message.</summary>
public sealed record UiFinding(string Section, string? Path, bool IsError, string Message, string? RuleName);

/// <summary>One scored indicator as the score panel shows it; <see cref="Status"/> says when it could not be scored.</summary>
public sealed record UiIndicatorScore(string Key, string Name, decimal MaxPoints, decimal? Score, decimal? SelfScore, string? Reason, bool Disagrees,
    PerfEval.Rules.Engine.IndicatorStatus Status = PerfEval.Rules.Engine.IndicatorStatus.Scored);

/// <summary>The live result of scoring and checking the form as typed (recomputed after edits, debounced).</summary>
public sealed class LiveCheck
{
    public IReadOnlyList<UiFinding> Findings { get; init; } = [];

    public IReadOnlyList<UiIndicatorScore> Scores { get; init; } = [];

    public decimal? Total { get; init; }

    public string? Grade { get; init; }

    public string? RuleSet { get; init; }

    /// <summary>The rubric the report is scored with (its inputs drive the 评分要素填报 section); null when none resolved.</summary>
    public PerfEval.Rules.Definitions.RubricDefinition? Rubric { get; init; }

    /// <summary>Why no score is shown (no rubric pinned, scoring unavailable…).</summary>
    public string? Unavailable { get; init; }

    public IEnumerable<UiFinding> For(string section) => Findings.Where(f => string.Equals(f.Section, section, StringComparison.OrdinalIgnoreCase));

    /// <summary>The finding messages that name this exact field, joined (null when none).</summary>
    public string? AtField(string path)
    {
        var hits = Findings.Where(f => f.Path is not null && string.Equals(FormState.Normalize(f.Path), FormState.Normalize(path), StringComparison.OrdinalIgnoreCase)).ToList();
        return hits.Count == 0 ? null : string.Join(" ", hits.Select(f => f.Message));
    }

    /// <summary>The form section a JSON path belongs to (<c>funding.balance.total</c> → <c>funding</c>; department tables keep two segments).</summary>
    public static string SectionOf(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return "general";
        }

        var p = FormState.Normalize(path);
        var segments = p.Split('.', 3);
        var first = segments[0].Split('[')[0];
        return first switch
        {
            "department" when segments.Length > 1 && segments[1].Split('[')[0] is { } table && table is "staffing" or "revenue" or "expenditure" or "threePublic" or "fixedAssets"
                => "department." + segments[1].Split('[')[0],
            "statedTotalScore" or "statedGrade" or "assessments" => "score",
            "signOffs" or "preparer" => "evaluators",
            _ => first,
        };
    }
}
