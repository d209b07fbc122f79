namespace PerfEval.Host.Domain;

/// <summary>
/// The review (复核) of a report indicator by indicator: the finance reviewer's score and reason per indicator, and the
/// department reviewer's annotations. Stored beside the form (never inside it: the unit cannot write it). The reviewed
/// total derives from these rows (<see cref="Report.ApplyReview"/>); it is never a separate number.
/// </summary>
public sealed class ReportReview
{
    /// <summary>The reviewed or annotated indicators (indicators not listed keep the rubric's score).</summary>
    public List<IndicatorReview> Indicators { get; set; } = [];

    /// <summary>The row of indicator <paramref name="key"/>, or <c>null</c>.</summary>
    /// <param name="key">The rubric's indicator key.</param>
    public IndicatorReview? Find(string key) => Indicators.FirstOrDefault(i => string.Equals(i.Key, key, StringComparison.Ordinal));

    /// <summary>A deep copy (the store sees a changed value).</summary>
    public ReportReview Clone() => new() { Indicators = [.. Indicators.Select(i => i with { })] };
}

/// <summary>One indicator's review: the three scores side by side, the reviewer's reason, the department's note.</summary>
public sealed record IndicatorReview
{
    /// <summary>The rubric's indicator key (rule name, <c>#n</c> for a row of the report's own table).</summary>
    public string Key { get; set; } = "";

    /// <summary>一级/二级/三级 names.</summary>
    public string Name { get; set; } = "";

    /// <summary>分值 (after the round's weights).</summary>
    public decimal Points { get; set; }

    /// <summary>自评得分 as the unit wrote it (blank stays blank).</summary>
    public decimal? SelfScore { get; set; }

    /// <summary>The rubric's score when the reviewer reviewed it.</summary>
    public decimal ComputedScore { get; set; }

    /// <summary>复核得分; <c>null</c> when not reviewed (the rubric's score stands).</summary>
    public decimal? ReviewedScore { get; set; }

    /// <summary>复核理由; required when the reviewed score differs from the computed one.</summary>
    public string? Reason { get; set; }

    /// <summary>Display name of the finance reviewer.</summary>
    public string? ReviewedBy { get; set; }

    public DateTime? ReviewedAtUtc { get; set; }

    /// <summary>The department reviewer's note (批注), no score.</summary>
    public string? Annotation { get; set; }

    /// <summary>Display name of the annotator.</summary>
    public string? AnnotatedBy { get; set; }

    public DateTime? AnnotatedAtUtc { get; set; }
}
