using PerfEval.Rules.Definitions;
using PerfEval.Rules.Explanations;
using PerfEval.Rules.Model;

namespace PerfEval.Rules.Engine;

/// <summary>
/// Judged scores (评审判定, 定性分档): the one place that decides which judged values are accepted, so the score
/// (computed inside the rule expression) and the explanation/findings (computed afterwards) always agree.
/// </summary>
internal static class Judging
{
    internal sealed record Outcome(decimal Score, List<string> Refusals, List<string> Notes);

    /// <summary>The score of <see cref="Item"/> without building notes (the hot path of every checklist expression).</summary>
    public static decimal ItemScore(IndicatorAssessment? a, string item, decimal points)
    {
        if (a is null || !a.Checked.Contains(item))
        {
            return 0m;
        }

        foreach (var d in a.Deductions)
        {
            if (d.Item == item)
            {
                return d.Points > 0 && d.Points <= points ? points - d.Points : points;
            }
        }

        return points;
    }

    /// <summary>The score of <see cref="Judged"/> without building notes.</summary>
    public static decimal JudgedScore(IndicatorAssessment? a, decimal min, decimal max) =>
        a?.Score is { } s && s >= min && s <= max ? s : 0m;

    /// <summary>The score of <see cref="Deducted"/> without building notes.</summary>
    public static decimal DeductedScore(IndicatorAssessment? a, decimal points, DeductionRange[] items)
    {
        var total = 0m;
        if (a is not null)
        {
            foreach (var d in a.Deductions)
            {
                foreach (var item in items)
                {
                    if (item.Id == d.Item)
                    {
                        if (d.Points >= item.Min && d.Points <= item.Max)
                        {
                            total += d.Points;
                        }

                        break;
                    }
                }
            }
        }

        return Math.Max(0m, points - total);
    }

    public static Outcome Item(IndicatorAssessment? a, string item, decimal points)
    {
        if (a is null || !a.Checked.Contains(item))
        {
            return new(0m, [], []);
        }

        Deduction? partial = null;
        foreach (var d in a.Deductions)
        {
            if (d.Item == item)
            {
                partial = d;
                break;
            }
        }

        if (partial is null)
        {
            return new(points, [], []);
        }

        if (partial.Points <= 0 || partial.Points > points)
        {
            return new(points, [$"要点 {item} 部分扣分 {Zh.N(partial.Points)} 超出 0–{Zh.N(points)}，不予采用"], []);
        }

        var refusals = string.IsNullOrWhiteSpace(partial.Reason) ? new List<string> { $"要点 {item} 部分扣分须说明理由" } : [];
        return new(points - partial.Points, refusals, [$"部分满足，扣 {Zh.N(partial.Points)} 分{(string.IsNullOrWhiteSpace(partial.Reason) ? "" : "（" + partial.Reason!.Trim() + "）")}"]);
    }

    public static Outcome Judged(IndicatorAssessment? a, decimal min, decimal max)
    {
        var refusals = new List<string>();
        if (a?.Score is not { } s)
        {
            refusals.Add("未给出评审得分");
            return new(0m, refusals, []);
        }

        if (s < min || s > max)
        {
            refusals.Add($"评审得分 {Zh.N(s)} 超出允许范围 {Zh.N(min)}–{Zh.N(max)}，不予采用");
            return new(0m, refusals, []);
        }

        if (s < max && string.IsNullOrWhiteSpace(a.Reason))
        {
            refusals.Add($"评审得分 {Zh.N(s)} 低于满分 {Zh.N(max)}，须说明扣分理由");
        }

        return new(s, refusals, string.IsNullOrWhiteSpace(a.Reason) ? [] : [a.Reason!.Trim()]);
    }

    public static Outcome Deducted(IndicatorAssessment? a, decimal points, IReadOnlyList<DeductionRange> items)
    {
        var refusals = new List<string>();
        var notes = new List<string>();
        var total = 0m;
        foreach (var d in a?.Deductions ?? [])
        {
            var item = items.FirstOrDefault(i => i.Id == d.Item);
            if (item is null)
            {
                refusals.Add($"扣分项「{d.Item}」不在评分标准中，不予采用");
                continue;
            }

            if (d.Points < item.Min || d.Points > item.Max)
            {
                refusals.Add($"扣分项「{Label(item)}」扣 {Zh.N(d.Points)} 分超出允许范围 {Zh.N(item.Min)}–{Zh.N(item.Max)} 分，不予采用");
                continue;
            }

            if (string.IsNullOrWhiteSpace(d.Reason))
            {
                refusals.Add($"扣分项「{Label(item)}」须说明扣分理由");
            }

            total += d.Points;
            notes.Add($"{Label(item)}扣 {Zh.N(d.Points)} 分{(string.IsNullOrWhiteSpace(d.Reason) ? "" : "（" + d.Reason!.Trim() + "）")}");
        }

        return new(Math.Max(0m, points - total), refusals, notes);
    }

    public static Outcome Banded(IndicatorAssessment? a, decimal points, IReadOnlyList<QualitativeBand> bands)
    {
        var refusals = new List<string>();
        if (a is null || string.IsNullOrWhiteSpace(a.Choice) || a.Score is null)
        {
            refusals.Add("未选择定性档次或未给出得分");
            return new(0m, refusals, []);
        }

        var band = bands.FirstOrDefault(b => b.Id == a.Choice);
        if (band is null)
        {
            refusals.Add($"定性档次「{a.Choice}」不在评分标准中");
            return new(0m, refusals, []);
        }

        var s = a.Score.Value;
        var lo = points * band.LowerPercent / 100m;
        var hi = points * band.UpperPercent / 100m;
        var inside = s >= lo && (band.UpperPercent >= 100m ? s <= hi : s < hi);
        if (!inside)
        {
            refusals.Add($"选择「{band.Id}」时得分应在 {Zh.N(lo)}–{Zh.N(hi)} 分之间，给出的 {Zh.N(s)} 分不予采用");
            return new(0m, refusals, []);
        }

        if (s < points && string.IsNullOrWhiteSpace(a.Reason))
        {
            refusals.Add($"定性得分 {Zh.N(s)} 低于满分，须说明理由");
        }

        var notes = new List<string> { $"评定为「{band.Id}」" };
        if (!string.IsNullOrWhiteSpace(a.Reason))
        {
            notes.Add(a.Reason!.Trim());
        }

        return new(s, refusals, notes);
    }

    private static string Label(DeductionRange item) => string.IsNullOrEmpty(item.Label) ? item.Id : item.Label;
}
