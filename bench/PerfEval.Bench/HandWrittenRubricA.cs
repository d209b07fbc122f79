using PerfEval.Rules.Model;

namespace PerfEval.Bench;

/// <summary>Rubric A written by hand in C#, with the same semantics as the shipped rule set (the baseline).</summary>
internal static class HandWrittenRubricA
{
    private static readonly (string Id, decimal Min, decimal Max)[] FundUse =
        [("fake", 4, 7), ("basis", 2, 2), ("divert", 3, 6), ("overStandard", 2, 5), ("overBudget", 2, 5)];

    // Indicator keys in rubric order; the answers of a report come in this order, so a slot is found by one compare.
    private static readonly string[] Keys =
    [
        "A.1.1.1", "A.1.2.1", "A.1.2.2", "A.1.3.1", "A.1.3.2", "A.2.1.1", "A.2.1.2", "A.2.2.1", "A.2.2.2", "A.2.3.1", "A.2.3.2",
        "A.2.3.3", "A.2.3.4", "A.3.1.1", "A.3.1.2", "A.3.1.3", "A.3.1.4", "A.3.2.1", "A.3.2.2", "A.3.2.3", "A.3.2.4", "A.3.2.5",
    ];

    // Points per indicator, in key order; level-1 groups are A.1 = 0..4 (20), A.2 = 5..12 (25), A.3 = 13..21 (55).
    private static readonly decimal[] Points = [4, 4, 4, 3, 5, 3, 2, 7, 3, 1, 1, 3, 5, 5, 4, 3, 3, 8, 8, 8, 8, 8];

    public static decimal Total(ReportDocument r)
    {
        var s = new IndicatorAssessment?[Keys.Length];
        var answers = r.Assessments;
        for (var i = 0; i < answers.Count; i++)
        {
            var a = answers[i];
            var slot = i < Keys.Length && a.Key == Keys[i] ? i : Array.IndexOf(Keys, a.Key);
            if (slot >= 0)
            {
                s[slot] ??= a;
            }
        }

        var f = r.Funding;
        Span<decimal> o =
        [
            Item(s[0], "1", 1) + Item(s[0], "2", 1) + Item(s[0], "3", 1) + Item(s[0], "4", 1),
            Item(s[1], "1", 1) + Item(s[1], "2", 1) + Item(s[1], "3", 1) + Item(s[1], "4", 1),
            Item(s[2], "1", 2) + Item(s[2], "2", 1) + Item(s[2], "3", 1),
            Item(s[3], "1", 1) + Item(s[3], "2", 1) + Item(s[3], "3", 1),
            Item(s[4], "1", 2) + Item(s[4], "2", 3),
            Math.Min(Ratio(f.Arrived.TotalOrSum, f.Planned.TotalOrSum), 1m) * 3m,
            s[6]?.Choice switch { "timely" => 2m, "late" => 1m, "lateHarmful" => 0.5m, _ => 0m },
            Deducted(s[7], 7m),
            Item(s[8], "1", 1) + Item(s[8], "2", 1) + Item(s[8], "3", 1),
            Item(s[9], "1", 1),
            Item(s[10], "1", 1),
            Item(s[11], "1", 1) + Item(s[11], "2", 1) + Item(s[11], "3", 1),
            Item(s[12], "1", 2) + Item(s[12], "2", 3),
            Math.Min(Ratio(s[13]?.Actual ?? 0, s[13]?.Target ?? 0), 1m) * 5m,
            Math.Min(Ratio(s[14]?.Actual ?? 0, s[14]?.Target ?? 0), 1m) * 4m,
            s[15]?.Choice == "onTime" ? 3m : 0m,
            Reverse(s[16]?.Actual ?? 0, s[16]?.Target ?? 0, 3m),
            Judged(s[17], 8m), Judged(s[18], 8m), Judged(s[19], 8m), Judged(s[20], 8m),
            Satisfaction(s[21]?.Actual ?? 0),
        ];

        // Blank is not zero: an indicator without what it needs, marked 不适用 where that is not allowed, or out of range
        // scores 0; 不适用 (A.1.3.1/2, A.3.1.4, A.3.2.1/3/4) leaves the indicator out and rescales the rest of its level-1
        // group (A.1: 20 points, A.3: 55; never a whole group, so no weight moves between groups).
        decimal excluded1 = 0m, excluded3 = 0m;
        for (var n = 0; n < o.Length; n++)
        {
            var a = s[n];
            if (a is { NotApplicable: true })
            {
                if (n is 3 or 4 or 16 or 17 or 19 or 20)
                {
                    if (n < 5)
                    {
                        excluded1 += Points[n];
                    }
                    else
                    {
                        excluded3 += Points[n];
                    }

                    o[n] = -1m; // marker: left out
                    continue;
                }

                o[n] = 0m;
            }
            else if (Gap(n, a, f) || o[n] < 0 || o[n] > Points[n])
            {
                o[n] = 0m;
            }
        }

        return R(Group(o, 0, 5, 20m, excluded1) + Group(o, 5, 13, 25m, 0m) + Group(o, 13, 22, 55m, excluded3));
    }

    /// <summary>A level-1 subtotal: rounded scores added up, or — when indicators were left out — the rescaled scores added, then rounded.</summary>
    private static decimal Group(Span<decimal> o, int from, int to, decimal points, decimal excluded)
    {
        var sum = 0m;
        if (excluded == 0)
        {
            for (var n = from; n < to; n++)
            {
                sum += R(o[n]);
            }

            return sum;
        }

        var factor = points / (points - excluded);
        for (var n = from; n < to; n++)
        {
            sum += o[n] < 0 ? 0m : o[n] * factor;
        }

        return R(sum);
    }

    private static bool Gap(int n, IndicatorAssessment? a, FundingGrid f) => n switch
    {
        0 or 1 or 2 or 3 or 4 or 8 or 9 or 10 or 11 or 12 => a is null || (a.Checked.Count == 0 && string.IsNullOrWhiteSpace(a.Reason)),
        5 => f.Arrived.IsBlank || f.Planned.IsBlank || f.Planned.TotalOrSum <= 0,
        6 or 15 => string.IsNullOrWhiteSpace(a?.Choice),
        7 => a is null || (a.Deductions.Count == 0 && !a.NoDeductions),
        13 or 14 or 16 => a?.Actual is null || a.Target is not { } t || t <= 0,
        21 => a?.Actual is null,
        _ => a?.Score is null,
    };

    private static decimal R(decimal v) => v.Scale <= 2 ? v : Math.Round(v, 2, MidpointRounding.AwayFromZero);

    private static decimal Ratio(decimal a, decimal b) => b <= 0 ? 0m : a / b;

    private static decimal Item(IndicatorAssessment? a, string item, decimal points)
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

    private static decimal Deducted(IndicatorAssessment? a, decimal points)
    {
        var total = 0m;
        foreach (var d in a?.Deductions ?? [])
        {
            foreach (var (id, min, max) in FundUse)
            {
                if (id == d.Item && d.Points >= min && d.Points <= max)
                {
                    total += d.Points;
                }
            }
        }

        return Math.Max(0m, points - total);
    }

    private static decimal Judged(IndicatorAssessment? a, decimal max) => a?.Score is { } s && s >= 0 && s <= max ? s : 0m;

    private static decimal Reverse(decimal a, decimal t, decimal points) => a <= t ? points : Math.Max(0m, 1m - Ratio(a - t, t)) * points;

    private static decimal Satisfaction(decimal a) => a >= 90 ? 8m : a >= 80 ? 6m : a >= 70 ? 4m : a >= 60 ? 2m : 0m;
}
