namespace PerfEval.Host.Features.Reports.Form;

/// <summary>Which small input the form shows for a rubric indicator's answer.</summary>
public enum AnswerInputKind
{
    /// <summary>Computed from the form's own data (funding grid, department tables, indicator table): no input.</summary>
    None,

    /// <summary>要点清单: a checkbox per item.</summary>
    Checklist,

    /// <summary>选项: one of the options.</summary>
    Choice,

    /// <summary>评审判定 with deduction items: deduction rows (item, points in its range, reason).</summary>
    Deductions,

    /// <summary>评审判定 without items: a judged score in [min, max] with a reason.</summary>
    JudgedScore,

    /// <summary>按次扣分: the number of cases found.</summary>
    Count,

    /// <summary>定性分档: band, score and reason.</summary>
    Band,

    /// <summary>Ratio-like templates that read actual and/or target from the answer.</summary>
    Numbers,
}

/// <summary>One indicator that needs an answer, and which parts of the answer its input edits.</summary>
public sealed record AnswerField(IndicatorDefinition Indicator, AnswerInputKind Kind, bool NeedsActual, bool NeedsTarget)
{
    public string Key => Indicator.Key;
}

/// <summary>
/// Pure mapping between a rubric's indicators and the form's answer inputs, and between those inputs and
/// <see cref="ReportDocument.Assessments"/> (one <see cref="IndicatorAssessment"/> per indicator key).
/// </summary>
public static class AnswerInputs
{
    private const string AnswerActual = "answer.actual";
    private const string AnswerTarget = "answer.target";

    /// <summary>The level-3 indicators of a scoring rubric that need an answer, in document order.</summary>
    public static IReadOnlyList<AnswerField> FieldsOf(RubricDefinition? rubric)
    {
        if (rubric is null || rubric.Kind != RubricKind.Scoring)
        {
            return [];
        }

        return [.. rubric.AllIndicators().Select(FieldOf).Where(f => f.Kind != AnswerInputKind.None)];
    }

    /// <summary>The input an indicator needs, from its template and parameters.</summary>
    public static AnswerField FieldOf(IndicatorDefinition indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var p = indicator.Parameters ?? new TemplateParameters();
        switch (indicator.Template)
        {
            case TemplateKind.Checklist:
                return new(indicator, AnswerInputKind.Checklist, false, false);
            case TemplateKind.Choice:
                return new(indicator, AnswerInputKind.Choice, false, false);
            case TemplateKind.JudgmentRange:
                return new(indicator, p.Deductions is { Count: > 0 } ? AnswerInputKind.Deductions : AnswerInputKind.JudgedScore, false, false);
            case TemplateKind.PerViolationDeduction:
                return new(indicator, AnswerInputKind.Count, false, false);
            case TemplateKind.QualitativeBands:
                return new(indicator, AnswerInputKind.Band, false, false);
            case TemplateKind.Ratio or TemplateKind.ReverseRatio or TemplateKind.Equal or TemplateKind.PerPointDeduction or TemplateKind.Tiers:
            {
                // Same defaults as the expression generator: no actual measure → the answer's; no target → the answer's.
                var actual = (p.Actual ?? AnswerActual) is AnswerActual or AnswerTarget;
                var target = indicator.Template != TemplateKind.Tiers
                    && (p.Target is AnswerActual or AnswerTarget || (p.Target is null && p.TargetValue is null));
                return actual || target
                    ? new(indicator, AnswerInputKind.Numbers, actual, target)
                    : new(indicator, AnswerInputKind.None, false, false);
            }

            case TemplateKind.BudgetExecution:
            {
                // Defaults read the funding grid; only an explicit answer measure needs input.
                var actual = p.Actual is AnswerActual;
                var target = p.Target is AnswerTarget;
                return actual || target
                    ? new(indicator, AnswerInputKind.Numbers, actual, target)
                    : new(indicator, AnswerInputKind.None, false, false);
            }

            default:
                // IndicatorRows reads the indicator table; Advanced expressions cannot be told apart safely.
                return new(indicator, AnswerInputKind.None, false, false);
        }
    }

    /// <summary>The answer to an indicator, or null when none is stored.</summary>
    public static IndicatorAssessment? Find(ReportDocument doc, string key)
    {
        ArgumentNullException.ThrowIfNull(doc);
        return doc.Assessments.FirstOrDefault(a => string.Equals(a.Key, key, StringComparison.Ordinal));
    }

    /// <summary>The answer to an indicator, added (empty) when none is stored yet.</summary>
    public static IndicatorAssessment Ensure(ReportDocument doc, string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        var found = Find(doc, key);
        if (found is not null)
        {
            return found;
        }

        // Kept in key order (the order rules ask for them), which lets scoring find answers without an index.
        var added = new IndicatorAssessment { Key = key };
        var at = doc.Assessments.FindIndex(a => string.CompareOrdinal(a.Key, key) > 0);
        doc.Assessments.Insert(at < 0 ? doc.Assessments.Count : at, added);
        return added;
    }

    /// <summary>Edits an indicator's answer; an answer left empty is removed so untouched indicators store nothing.</summary>
    public static void Edit(ReportDocument doc, string key, Action<IndicatorAssessment> edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var a = Ensure(doc, key);
        edit(a);
        if (IsEmpty(a))
        {
            doc.Assessments.Remove(a);
        }
    }

    /// <summary>Whether an answer holds nothing.</summary>
    public static bool IsEmpty(IndicatorAssessment a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return a.Checked.Count == 0 && string.IsNullOrWhiteSpace(a.Choice) && a.Actual is null && a.Target is null
            && a.Count is null && a.Score is null && a.Deductions.Count == 0 && string.IsNullOrWhiteSpace(a.Reason)
            && !a.NotApplicable && !a.NoDeductions;
    }

    /// <summary>Whether a checklist item is ticked.</summary>
    public static bool IsChecked(ReportDocument doc, string key, string item) => Find(doc, key)?.Checked.Contains(item) ?? false;

    /// <summary>Ticks or unticks a checklist item (kept in the rubric's item order).</summary>
    public static void SetChecked(ReportDocument doc, AnswerField field, string item, bool on)
    {
        ArgumentNullException.ThrowIfNull(field);
        Edit(doc, field.Key, a =>
        {
            var set = a.Checked.ToHashSet(StringComparer.Ordinal);
            if (on)
            {
                set.Add(item);
            }
            else
            {
                set.Remove(item);
            }

            var order = (field.Indicator.Parameters.Items ?? []).Select(i => i.Id).ToList();
            a.Checked = [.. set.OrderBy(id => order.IndexOf(id) is var n && n >= 0 ? n : int.MaxValue).ThenBy(id => id, StringComparer.Ordinal)];
        });
    }

    /// <summary>The allowed judged score range of a judgment indicator.</summary>
    public static (decimal Min, decimal Max) JudgedRange(IndicatorDefinition indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return (indicator.Parameters.Min ?? 0m, indicator.Parameters.Max ?? indicator.Points);
    }

    /// <summary>The qualitative bands of an indicator (the rubric's, else the default 达成/部分达成/未达成).</summary>
    public static IReadOnlyList<QualitativeBand> BandsOf(IndicatorDefinition indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return indicator.Parameters.Bands is { Count: > 0 } b ? b : DefaultBands;
    }

    // The rules library's defaults (RowScoring.DefaultBands, internal there): 达成 [80,100], 部分达成 [60,80), 未达成 [0,60).
    private static readonly QualitativeBand[] DefaultBands =
    [
        new() { Id = "达成", LowerPercent = 80, UpperPercent = 100 },
        new() { Id = "部分达成", LowerPercent = 60, UpperPercent = 80 },
        new() { Id = "未达成", LowerPercent = 0, UpperPercent = 60 },
    ];
}
