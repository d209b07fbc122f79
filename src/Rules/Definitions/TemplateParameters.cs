namespace PerfEval.Rules.Definitions;

/// <summary>
/// Parameters of a scoring template. One class for all templates so the editor can switch templates without
/// losing input; <see cref="Loading.RubricValidator"/> checks that the ones a template needs are present.
/// </summary>
public sealed class TemplateParameters
{
    /// <summary>The measured value: a measure name from <see cref="Templates.Measures"/> (e.g. <c>answer.actual</c>, <c>funding.arrived</c>).</summary>
    public string? Actual { get; set; }

    /// <summary>The target as a measure name (e.g. <c>funding.planned</c>); alternatively <see cref="TargetValue"/>.</summary>
    public string? Target { get; set; }

    /// <summary>A fixed target or threshold (e.g. 100 for a rate in %).</summary>
    public decimal? TargetValue { get; set; }

    /// <summary>What the actual value is called on this rubric's form (e.g. 目标完成数), for the standard text and the answer input.</summary>
    public string? ActualLabel { get; set; }

    /// <summary>What the target is called on this rubric's form (e.g. 预定目标数).</summary>
    public string? TargetLabel { get; set; }

    /// <summary>Unit shown in explanations (%, 户 …).</summary>
    public string? Unit { get; set; }

    /// <summary>Ratio: cap the ratio at 1 (default true).</summary>
    public bool? Cap { get; set; }

    /// <summary>Reverse ratio formula: <c>linear</c> (1 − (a − t)/t, default) or <c>targetOverActual</c> (t/a).</summary>
    public string? Formula { get; set; }

    /// <summary>Equal: absolute tolerance (default 0).</summary>
    public decimal? Tolerance { get; set; }

    /// <summary>Equal: what happens when not equal: <c>zero</c> (default) or <c>proportional</c> (min/max).</summary>
    public string? Otherwise { get; set; }

    /// <summary>Tiers, from any order; must cover the value range without gaps or overlaps.</summary>
    public List<Tier>? Tiers { get; set; }

    /// <summary>Per-point deduction: <c>above</c> (deduct for each point above the threshold) or <c>below</c>.</summary>
    public string? Direction { get; set; }

    /// <summary>Per-point / per-case deduction amount.</summary>
    public decimal? PerUnit { get; set; }

    /// <summary>Checklist items.</summary>
    public List<ChecklistItem>? Items { get; set; }

    /// <summary>Choice options.</summary>
    public List<ChoiceOption>? Options { get; set; }

    /// <summary>Judgment: deduction items with their ranges (虚列套取 −4…−7); empty means a judged score in [Min, Max].</summary>
    public List<DeductionRange>? Deductions { get; set; }

    /// <summary>Judgment: lowest allowed judged score (default 0).</summary>
    public decimal? Min { get; set; }

    /// <summary>Judgment: highest allowed judged score (default the points).</summary>
    public decimal? Max { get; set; }

    /// <summary>Qualitative bands as percentages of the points.</summary>
    public List<QualitativeBand>? Bands { get; set; }

    /// <summary>Budget execution: below this rate (%) an explanation is required (default 90).</summary>
    public decimal? ExplainBelow { get; set; }

    /// <summary>Indicator rows: a row belongs to this category when its 一级指标 contains one of these words.</summary>
    public List<string>? Keywords { get; set; }

    /// <summary>
    /// Indicator rows: also match <see cref="Keywords"/> against the 二级指标 (older forms file 服务对象满意度指标 as a
    /// 二级指标 under 效益指标).
    /// </summary>
    public bool? MatchLevel2 { get; set; }

    /// <summary>Indicator rows: a row whose 一级 or 二级指标 contains one of these words never belongs to this category.</summary>
    public List<string>? ExcludeKeywords { get; set; }

    /// <summary>Kinds of violation listed on the form (per-violation deduction), for people.</summary>
    public List<string>? Cases { get; set; }
}

/// <summary>A tier: [Lower, Upper) by default; inclusiveness is explicit. A null bound is open (−∞ / +∞).</summary>
public sealed class Tier
{
    /// <summary>Lower bound; null = −∞.</summary>
    public decimal? Lower { get; set; }

    /// <summary>Whether the lower bound belongs to the tier (default true).</summary>
    public bool LowerInclusive { get; set; } = true;

    /// <summary>Upper bound; null = +∞.</summary>
    public decimal? Upper { get; set; }

    /// <summary>Whether the upper bound belongs to the tier (default false).</summary>
    public bool UpperInclusive { get; set; }

    /// <summary>Score of the tier.</summary>
    public decimal Score { get; set; }

    /// <summary>Whether <paramref name="value"/> lies in the tier.</summary>
    /// <param name="value">The value.</param>
    public bool Contains(decimal value) =>
        (Lower is null || (LowerInclusive ? value >= Lower : value > Lower))
        && (Upper is null || (UpperInclusive ? value <= Upper : value < Upper));

    /// <summary>The interval in mathematical notation, e.g. [80, 90).</summary>
    public override string ToString() =>
        $"{(LowerInclusive && Lower is not null ? "[" : "(")}{(Lower is null ? "-∞" : Lower.Value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture))}, "
        + $"{(Upper is null ? "+∞" : Upper.Value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture))}{(UpperInclusive && Upper is not null ? "]" : ")")}";
}

/// <summary>A checklist item (评分要点).</summary>
public sealed class ChecklistItem
{
    /// <summary>Item id referenced by <c>IndicatorAssessment.Checked</c>.</summary>
    public string Id { get; set; } = "";

    /// <summary>Text, e.g. 设有目标.</summary>
    public string Label { get; set; } = "";

    /// <summary>Points.</summary>
    public decimal Points { get; set; }

    /// <summary>Evidence needed for this item, if any.</summary>
    public string? Evidence { get; set; }

    /// <summary>
    /// Whether a ticked item must have a file attached (JSON <c>evidenceRequired</c>: <c>error</c> blocks submission,
    /// <c>warning</c> only shows); null when attaching is optional.
    /// </summary>
    public EvidenceRequirement? EvidenceRequired { get; set; }
}

/// <summary>An option of a choice indicator.</summary>
public sealed class ChoiceOption
{
    /// <summary>Option id referenced by <c>IndicatorAssessment.Choice</c>.</summary>
    public string Id { get; set; } = "";

    /// <summary>Text, e.g. 到位及时.</summary>
    public string Label { get; set; } = "";

    /// <summary>Points.</summary>
    public decimal Points { get; set; }
}

/// <summary>A judged deduction item with its allowed range (e.g. 虚列套取 4…7).</summary>
public sealed class DeductionRange
{
    /// <summary>Item id referenced by <c>Deduction.Item</c>.</summary>
    public string Id { get; set; } = "";

    /// <summary>Text, e.g. 虚列套取.</summary>
    public string Label { get; set; } = "";

    /// <summary>Smallest deduction (positive).</summary>
    public decimal Min { get; set; }

    /// <summary>Largest deduction (positive).</summary>
    public decimal Max { get; set; }
}

/// <summary>A qualitative band as percentages of the points: [LowerPercent, UpperPercent) (the top band includes 100).</summary>
public sealed class QualitativeBand
{
    /// <summary>Band id and label, e.g. 达成.</summary>
    public string Id { get; set; } = "";

    /// <summary>Lower bound in % of the points (inclusive).</summary>
    public decimal LowerPercent { get; set; }

    /// <summary>Upper bound in % of the points (exclusive, inclusive when 100).</summary>
    public decimal UpperPercent { get; set; }

    /// <summary>The default bands (达成 [80,100], 部分达成 [60,80), 未达成 [0,60)) as new objects.</summary>
    public static List<QualitativeBand> Defaults() =>
        [.. Engine.RowScoring.DefaultBands.Select(b => new QualitativeBand { Id = b.Id, LowerPercent = b.LowerPercent, UpperPercent = b.UpperPercent })];
}
