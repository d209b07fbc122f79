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
        return R(Item(s[0], "1", 1) + Item(s[0], "2", 1) + Item(s[0], "3", 1) + Item(s[0], "4", 1))
            + R(Item(s[1], "1", 1) + Item(s[1], "2", 1) + Item(s[1], "3", 1) + Item(s[1], "4", 1))
            + R(Item(s[2], "1", 2) + Item(s[2], "2", 1) + Item(s[2], "3", 1))
            + R(Item(s[3], "1", 1) + Item(s[3], "2", 1) + Item(s[3], "3", 1))
            + R(Item(s[4], "1", 2) + Item(s[4], "2", 3))
            + R(Math.Min(Ratio(f.Arrived.TotalOrSum, f.Planned.TotalOrSum), 1m) * 3m)
            + R(s[6]?.Choice switch { "timely" => 2m, "late" => 1m, "lateHarmful" => 0.5m, _ => 0m })
            + R(Deducted(s[7], 7m))
            + R(Item(s[8], "1", 1) + Item(s[8], "2", 1) + Item(s[8], "3", 1))
            + R(Item(s[9], "1", 1))
            + R(Item(s[10], "1", 1))
            + R(Item(s[11], "1", 1) + Item(s[11], "2", 1) + Item(s[11], "3", 1))
            + R(Item(s[12], "1", 2) + Item(s[12], "2", 3))
            + R(Math.Min(Ratio(s[13]?.Actual ?? 0, s[13]?.Target ?? 0), 1m) * 5m)
            + R(Math.Min(Ratio(s[14]?.Actual ?? 0, s[14]?.Target ?? 0), 1m) * 4m)
            + R(s[15]?.Choice == "onTime" ? 3m : 0m)
            + R(Reverse(s[16]?.Actual ?? 0, s[16]?.Target ?? 0, 3m))
            + R(Judged(s[17], 8m)) + R(Judged(s[18], 8m)) + R(Judged(s[19], 8m)) + R(Judged(s[20], 8m))
            + R(Satisfaction(s[21]?.Actual ?? 0));
    }

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
