using PerfEval.Rules.Model;

namespace PerfEval.Bench;

/// <summary>Rubric A written by hand in C#, with the same semantics as the shipped rule set (the baseline).</summary>
internal static class HandWrittenRubricA
{
    private static readonly (string Id, decimal Min, decimal Max)[] FundUse =
        [("fake", 4, 7), ("basis", 2, 2), ("divert", 3, 6), ("overStandard", 2, 5), ("overBudget", 2, 5)];

    public static decimal Total(ReportDocument r)
    {
        var answers = new Dictionary<string, IndicatorAssessment>(r.Assessments.Count, StringComparer.Ordinal);
        foreach (var a in r.Assessments)
        {
            answers.TryAdd(a.Key, a);
        }

        IndicatorAssessment? A(string key) => answers.GetValueOrDefault(key);
        var f = r.Funding;
        return R(Item(A("A.1.1.1"), "1", 1) + Item(A("A.1.1.1"), "2", 1) + Item(A("A.1.1.1"), "3", 1) + Item(A("A.1.1.1"), "4", 1))
            + R(Item(A("A.1.2.1"), "1", 1) + Item(A("A.1.2.1"), "2", 1) + Item(A("A.1.2.1"), "3", 1) + Item(A("A.1.2.1"), "4", 1))
            + R(Item(A("A.1.2.2"), "1", 2) + Item(A("A.1.2.2"), "2", 1) + Item(A("A.1.2.2"), "3", 1))
            + R(Item(A("A.1.3.1"), "1", 1) + Item(A("A.1.3.1"), "2", 1) + Item(A("A.1.3.1"), "3", 1))
            + R(Item(A("A.1.3.2"), "1", 2) + Item(A("A.1.3.2"), "2", 3))
            + R(Math.Min(Ratio(f.Arrived.TotalOrSum, f.Planned.TotalOrSum), 1m) * 3m)
            + R(A("A.2.1.2")?.Choice switch { "timely" => 2m, "late" => 1m, "lateHarmful" => 0.5m, _ => 0m })
            + R(Deducted(A("A.2.2.1"), 7m))
            + R(Item(A("A.2.2.2"), "1", 1) + Item(A("A.2.2.2"), "2", 1) + Item(A("A.2.2.2"), "3", 1))
            + R(Item(A("A.2.3.1"), "1", 1))
            + R(Item(A("A.2.3.2"), "1", 1))
            + R(Item(A("A.2.3.3"), "1", 1) + Item(A("A.2.3.3"), "2", 1) + Item(A("A.2.3.3"), "3", 1))
            + R(Item(A("A.2.3.4"), "1", 2) + Item(A("A.2.3.4"), "2", 3))
            + R(Math.Min(Ratio(A("A.3.1.1")?.Actual ?? 0, A("A.3.1.1")?.Target ?? 0), 1m) * 5m)
            + R(Math.Min(Ratio(A("A.3.1.2")?.Actual ?? 0, A("A.3.1.2")?.Target ?? 0), 1m) * 4m)
            + R(A("A.3.1.3")?.Choice == "onTime" ? 3m : 0m)
            + R(Reverse(A("A.3.1.4")?.Actual ?? 0, A("A.3.1.4")?.Target ?? 0, 3m))
            + R(Judged(A("A.3.2.1"), 8m)) + R(Judged(A("A.3.2.2"), 8m)) + R(Judged(A("A.3.2.3"), 8m)) + R(Judged(A("A.3.2.4"), 8m))
            + R(Satisfaction(A("A.3.2.5")?.Actual ?? 0));
    }

    private static decimal R(decimal v) => Math.Round(v, 2, MidpointRounding.AwayFromZero);

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
