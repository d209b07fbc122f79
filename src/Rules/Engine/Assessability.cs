using PerfEval.Rules.Definitions;
using PerfEval.Rules.Explanations;
using PerfEval.Rules.Templates;

namespace PerfEval.Rules.Engine;

/// <summary>
/// Whether the report holds what an indicator's template needs (blank is not zero): the measured values of ratio-like
/// templates, a positive denominator, and the unit's answer for checklists, choices, counts and judgments. An indicator
/// with a gap is not assessable: it scores 0 whatever its expression gives, with an error finding per gap.
/// Decided from the template and its parameters, so both scoring paths and stored rule-set versions agree.
/// </summary>
internal static class Assessability
{
    /// <summary>The measure an indicator reads as its actual value (the generator's default when none is set).</summary>
    public static string? ActualMeasure(IndicatorDefinition i) => i.Template switch
    {
        TemplateKind.Ratio or TemplateKind.ReverseRatio or TemplateKind.Equal or TemplateKind.PerPointDeduction or TemplateKind.Tiers
            => i.Parameters.Actual ?? "answer.actual",
        TemplateKind.BudgetExecution => i.Parameters.Actual ?? "funding.spent",
        TemplateKind.Advanced => i.Parameters.Actual,
        _ => null,
    };

    /// <summary>The measure an indicator reads as its target (null when it has a fixed target value or none).</summary>
    public static string? TargetMeasure(IndicatorDefinition i)
    {
        var p = i.Parameters;
        return i.Template switch
        {
            TemplateKind.Ratio or TemplateKind.ReverseRatio or TemplateKind.Equal or TemplateKind.PerPointDeduction
                => p.Target ?? (p.TargetValue is null ? "answer.target" : null),
            TemplateKind.BudgetExecution => p.Target ?? (p.TargetValue is null ? "funding.planned" : null),
            TemplateKind.Advanced => p.Target,
            _ => null,
        };
    }

    /// <summary>Whether <paramref name="i"/> lacks an input in <paramref name="input"/>; each gap is added to <paramref name="into"/> when given.</summary>
    public static bool HasGaps(IndicatorDefinition i, RubricInput input, List<Gap>? into)
    {
        var a = input.Answer(i.Key);
        switch (i.Template)
        {
            case TemplateKind.Checklist:
                return (a is null || (a.Checked.Count == 0 && string.IsNullOrWhiteSpace(a.Reason)))
                    && Add(into, input, i, ".checked", "评分要点的勾选（逐项勾选满足的要点；均不满足时写明原因）");
            case TemplateKind.Choice:
                return string.IsNullOrWhiteSpace(a?.Choice) && Add(into, input, i, ".choice", "评定选项");
            case TemplateKind.PerViolationDeduction:
                return a?.Count is null && Add(into, input, i, ".count", "发现的问题数（没有问题请填 0）");
            case TemplateKind.JudgmentRange when i.Parameters.Deductions is { Count: > 0 }:
                return (a is null || (a.Deductions.Count == 0 && !a.NoDeductions))
                    && Add(into, input, i, ".deductions", "评审情况（逐项填写扣分，或确认“未发现扣分情形”）");
            case TemplateKind.JudgmentRange:
                return a?.Score is null && Add(into, input, i, ".score", "评审得分");
            case TemplateKind.QualitativeBands:
            {
                var gap = string.IsNullOrWhiteSpace(a?.Choice) && Add(into, input, i, ".choice", "定性档次（达成/部分达成/未达成）");
                return (a?.Score is null && Add(into, input, i, ".score", "定性得分")) || gap;
            }

            case TemplateKind.IndicatorRows:
                return false; // each row is judged by RowScoring, and a category without rows by ResultBuilder
            default:
                return MeasureGaps(i, input, into);
        }
    }

    private static bool MeasureGaps(IndicatorDefinition i, RubricInput input, List<Gap>? into)
    {
        var actual = ActualMeasure(i);
        var target = TargetMeasure(i);
        var before = into?.Count ?? 0;
        var gap = actual is not null && Measures.Gaps(actual, input, i.Key, into);
        Rename(into, before, "answer.actual", actual, i.Parameters.ActualLabel);
        before = into?.Count ?? 0;
        if (target is not null && Measures.Gaps(target, input, i.Key, into))
        {
            Rename(into, before, "answer.target", target, i.Parameters.TargetLabel);
            return true;
        }

        // A ratio needs a positive denominator: "0 of a target of 0" is no score, not a full or empty one.
        if (!gap && i.Template is TemplateKind.Ratio or TemplateKind.ReverseRatio or TemplateKind.BudgetExecution)
        {
            var t = target is not null ? Measures.Value(target, input, i.Key) : i.Parameters.TargetValue ?? 0m;
            if (t <= 0)
            {
                var label = target is null ? "目标值" : target == "answer.target" && !string.IsNullOrWhiteSpace(i.Parameters.TargetLabel) ? i.Parameters.TargetLabel.Trim() : Measures.Label(target);
                into?.Add(new Gap(target is null ? "rubric" : TargetField(target, input, i.Key), $"大于 0 的{label}（当前为 {Zh.N(t)}，无法计算比率）"));
                return true;
            }
        }

        return gap;
    }

    /// <summary>An answered value the rubric names itself (目标完成数, 满意率) is missing under that name.</summary>
    private static void Rename(List<Gap>? gaps, int from, string answerMeasure, string? measure, string? label)
    {
        if (gaps is null || measure != answerMeasure || string.IsNullOrWhiteSpace(label))
        {
            return;
        }

        for (var n = from; n < gaps.Count; n++)
        {
            gaps[n] = gaps[n] with { What = label.Trim() };
        }
    }

    /// <summary>The field a measure reads, to name it when its value is unusable (a zero denominator).</summary>
    private static string TargetField(string measure, RubricInput input, string key) => measure switch
    {
        "answer.target" => input.AnswerPath(key) + ".target",
        "answer.actual" => input.AnswerPath(key) + ".actual",
        _ when measure.StartsWith("funding.", StringComparison.Ordinal) => measure + ".total",
        _ => measure,
    };

    private static bool Add(List<Gap>? into, RubricInput input, IndicatorDefinition i, string suffix, string what)
    {
        into?.Add(new Gap(input.AnswerPath(i.Key) + suffix, what));
        return true;
    }
}
