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

    /// <summary>
    /// Reviews of earlier submissions: when a report returned to Draft is submitted again, its review rows move here (kept,
    /// as the history rows keep every change) and no longer count — the new submission is reviewed afresh.
    /// </summary>
    public List<IndicatorReview> Earlier { get; set; } = [];

    /// <summary>The row of indicator <paramref name="key"/>, or <c>null</c>.</summary>
    /// <param name="key">The rubric's indicator key.</param>
    public IndicatorReview? Find(string key) => Indicators.FirstOrDefault(i => string.Equals(i.Key, key, StringComparison.Ordinal));

    /// <summary>The entry of <paramref name="row"/>'s indicator, added (with the row's name and scores) when there is none yet.</summary>
    public IndicatorReview FindOrAdd(IndicatorReview row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (Find(row.Key) is { } existing)
        {
            return existing;
        }

        var added = new IndicatorReview { Key = row.Key, Name = row.Name, Points = row.Points, SelfScore = row.SelfScore, ComputedScore = row.ComputedScore };
        Indicators.Add(added);
        return added;
    }

    /// <summary>A deep copy (the store sees a changed value).</summary>
    public ReportReview Clone() => new() { Indicators = [.. Indicators.Select(i => i with { })], Earlier = [.. Earlier.Select(i => i with { })] };

    /// <summary>This review with its current rows moved to <see cref="Earlier"/> (a resubmission starts a new review).</summary>
    public ReportReview Superseded() => new() { Earlier = [.. Earlier.Select(i => i with { }), .. Indicators.Select(i => i with { })] };
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

    /// <summary>The 定性 band the reviewer judged the indicator in (达成 …); <c>null</c> for other indicators or when not reviewed.</summary>
    public string? Band { get; set; }

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

/// <summary>
/// What the rubric allows the reviewer to give an indicator: a score in [<see cref="Min"/>, <see cref="Max"/>] (评审判定:
/// the rubric's range; otherwise 0–分值) and, for a 定性 indicator, the bands one of which the score must lie in.
/// </summary>
/// <param name="Min">Lowest allowed score (after the round's weights).</param>
/// <param name="Max">Highest allowed score.</param>
/// <param name="Bands">The 定性 bands (empty for other indicators).</param>
public sealed record ReviewLimits(decimal Min, decimal Max, IReadOnlyList<ReviewBand> Bands)
{
    /// <summary>Whether the indicator is judged by band (定性).</summary>
    public bool Qualitative => Bands.Count > 0;

    /// <summary>The band <paramref name="id"/>, or <c>null</c>.</summary>
    /// <param name="id">A band id as the reviewer chose it.</param>
    public ReviewBand? Band(string id) => Bands.FirstOrDefault(b => string.Equals(b.Id, id, StringComparison.Ordinal));

    /// <summary>The band holding <paramref name="score"/>, or <c>null</c>.</summary>
    /// <param name="score">A score.</param>
    public ReviewBand? BandOf(decimal score) => Bands.FirstOrDefault(b => b.Contains(score));
}

/// <summary>A 定性 band in points: [<see cref="Min"/>, <see cref="Max"/>), the top band including its maximum.</summary>
/// <param name="Id">Band id and label (达成, 部分达成, 未达成).</param>
/// <param name="Min">Lower bound in points (inclusive).</param>
/// <param name="Max">Upper bound in points.</param>
/// <param name="MaxInclusive">Whether <paramref name="Max"/> belongs to the band (the top band).</param>
public sealed record ReviewBand(string Id, decimal Min, decimal Max, bool MaxInclusive)
{
    /// <summary>Whether <paramref name="score"/> lies in the band.</summary>
    /// <param name="score">A score.</param>
    public bool Contains(decimal score) => score >= Min && (MaxInclusive ? score <= Max : score < Max);

    /// <summary>The range as people read it, e.g. 6.4–8 or 4.8–6.4（不含）.</summary>
    public string RangeText => $"{Min:0.##}–{Max:0.##}{(MaxInclusive ? "" : DomainText.RangeExclusive)}";
}
