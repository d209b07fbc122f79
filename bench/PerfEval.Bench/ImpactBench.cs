using System.Diagnostics;
using System.Globalization;
using PerfEval.Rules.Definitions;
using PerfEval.Rules.Impact;
using PerfEval.Rules.Loading;
using PerfEval.Rules.Samples;

namespace PerfEval.Bench;

/// <summary>
/// The editor's impact analysis on many reports: rubric A (published) against a draft that moves points between
/// 产出数量 and 产出质量 and changes the 服务对象满意度 tiers; every report scored twice on the fast path.
/// Usage: dotnet run -c Release --project bench/PerfEval.Bench -- impact [reports=100000] [rounds=3]
/// </summary>
internal static class ImpactBench
{
    public static int Run(string rubricPath, string[] args)
    {
        var count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000;
        var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3;
        var current = RuleSetLoader.LoadFile(rubricPath).GetOrThrow();
        var definition = RubricDefinition.FromWorkflowJson(current.Json);
        var items = definition.AllIndicators().ToDictionary(i => i.Key);
        items["A.3.1.1"].Points = 4;
        items["A.3.1.2"].Points = 5;
        items["A.3.2.5"].Parameters.Tiers![0].Lower = 85;
        items["A.3.2.5"].Parameters.Tiers![1].Upper = 85;
        items["A.3.2.5"].Parameters.Tiers![1].Score = 7;
        var draft = RuleSetLoader.Load(definition).GetOrThrow();

        var genWatch = Stopwatch.StartNew();
        var random = new Random(42);
        var subjects = new ImpactSubject[count];
        for (var n = 0; n < count; n++)
        {
            subjects[n] = new ImpactSubject(n.ToString(CultureInfo.InvariantCulture), $"报告 {n}", SampleReports.Generate(random, current.Definition));
        }

        genWatch.Stop();
        ImpactAnalysis.Compare(current, draft, subjects.Take(Math.Min(2000, count))); // warm-up (JIT)
        var times = new List<double>();
        ImpactResult? result = null;
        for (var r = 0; r < rounds; r++)
        {
            var sw = Stopwatch.StartNew();
            result = ImpactAnalysis.Compare(current, draft, subjects);
            sw.Stop();
            times.Add(sw.Elapsed.TotalSeconds);
        }

        times.Sort();
        Console.WriteLine($"impact: rubric A, {count} generated reports (seed 42, generated in {genWatch.Elapsed.TotalSeconds:0.0} s), each scored with both versions (FastScorer.ScoreTotal), {rounds} rounds, {Environment.ProcessorCount} cores");
        Console.WriteLine($"median {times[times.Count / 2]:0.00} s (min {times[0]:0.00} s, max {times[^1]:0.00} s) = {times[times.Count / 2] * 1e6 / (2.0 * count):0.0} µs per scoring");
        Console.WriteLine($"reports {result!.Reports}, score changed {result.ScoreChanged}, grade changed {result.GradeChanged}, failures {result.Failures.Count}");
        foreach (var t in result.Transitions.Where(t => t.From != t.To))
        {
            Console.WriteLine($"  {t.From ?? "—"} → {t.To ?? "—"}: {t.Count}");
        }

        Console.WriteLine($"largest mover: {result.TopMovers.FirstOrDefault()?.Delta:+0.##;-0.##}");
        return 0;
    }
}
