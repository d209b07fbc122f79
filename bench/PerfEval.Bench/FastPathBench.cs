using System.Diagnostics;
using PerfEval.Rules.Engine;
using PerfEval.Rules.Loading;
using PerfEval.Rules.Model;
using PerfEval.Rules.Samples;

namespace PerfEval.Bench;

/// <summary>Fast path vs stock RulesEngine (totals only) on rubrics A, B and C, and vs hand-written C# on A, side by side in one run.</summary>
internal static class FastPathBench
{
    public sealed record Result(double StockA, double StockB, double StockC, double HandA);

    public static Result Ratios(string repoRoot, int count, int rounds, TextWriter log, string? only = null)
    {
        var ratios = new Dictionary<string, double>();
        double handA = 0;
        foreach (var (name, file) in new[] { ("A", "rubric-a-project.json"), ("B", "rubric-b-department.json"), ("C", "rubric-c-self-evaluation.json") })
        {
            if (only is not null && only != name)
            {
                ratios[name] = double.NaN;
                continue;
            }

            var ruleSet = RuleSetLoader.LoadFile(Path.Combine(repoRoot, "rule-sets", file)).GetOrThrow();
            var random = new Random(42);
            var reports = Enumerable.Range(0, count).Select(_ => SampleReports.Generate(random, ruleSet.Definition)).ToArray();
            var paths = new List<(string Path, Func<ReportDocument, decimal> Score)>
            {
                ("stock", r => RubricScorer.ScoreTotalAsync(ruleSet, r).GetAwaiter().GetResult()),
                ("fast", r => FastScorer.ScoreTotal(ruleSet, r)),
            };
            if (name == "A")
            {
                paths.Add(("hand", HandWrittenRubricA.Total));
            }

            foreach (var r in reports)
            {
                var totals = paths.Select(p => p.Score(r)).Distinct().Count();
                if (totals != 1)
                {
                    throw new InvalidOperationException($"rubric {name}: the paths disagree on a report");
                }
            }

            var samples = paths.Select(_ => new List<double>()).ToArray();
            var sink = 0m;
            for (var w = 0; w < 3; w++)
            {
                foreach (var (_, score) in paths)
                {
                    foreach (var r in reports.Take(500))
                    {
                        sink += score(r);
                    }
                }
            }

            // Rounds interleave the paths so that background load on the shared machine hits all of them alike.
            for (var round = 0; round < rounds; round++)
            {
                for (var p = 0; p < paths.Count; p++)
                {
                    var sw = Stopwatch.StartNew();
                    foreach (var r in reports)
                    {
                        sink += paths[p].Score(r);
                    }

                    samples[p].Add(sw.Elapsed.TotalMicroseconds / reports.Length);
                }
            }

            GC.KeepAlive(sink);
            var medians = samples.Select(s => s.Order().ElementAt(s.Count / 2)).ToArray();
            ratios[name] = medians[0] / medians[1];
            var ratioSpread = Enumerable.Range(0, rounds).Select(i => samples[0][i] / samples[1][i]).Order().ToList();
            log.WriteLine($"rubric {name}: stock {medians[0]:0.00} µs, fast {medians[1]:0.00} µs per report (median of {rounds}): fast is {ratios[name]:0.0}x stock "
                + $"(per-round ratios {ratioSpread[0]:0.0}–{ratioSpread[^1]:0.0}x){(name == "A" ? $"; hand-written {medians[2]:0.00} µs: fast is {medians[1] / medians[2]:0.00}x hand" : "")}");
            if (name == "A")
            {
                handA = medians[1] / medians[2];
            }
        }

        return new Result(ratios["A"], ratios["B"], ratios["C"], handA);
    }
}
