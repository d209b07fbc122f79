using System.Diagnostics;
using PerfEval.Rules.Engine;
using PerfEval.Rules.Loading;
using PerfEval.Rules.Samples;

namespace PerfEval.Bench;

/// <summary>
/// Where a rubric's scoring time goes (<c>probe &lt;rule-set file&gt;</c>): the input wrapper, each rule's compiled delegate,
/// the status/total step, the whole fast path and stock RulesEngine, per report, on 2 000 generated reports (seed 42),
/// 10 warm-up rounds then 20 measured. What both paths share bounds the fast path's ratio to stock.
/// </summary>
internal static class Probe
{
    private const int WarmUp = 10;
    private const int Measured = 20;

    public static void Run(string repoRoot, string file)
    {
        var rs = RuleSetLoader.LoadFile(Path.Combine(repoRoot, "rule-sets", file)).GetOrThrow();
        var random = new Random(42);
        var reports = Enumerable.Range(0, 2000).Select(_ => SampleReports.Generate(random, rs.Definition)).ToArray();
        var rules = rs.Indicators;
        var inputs = reports.Select(r => new RubricInput(r)).ToArray();
        var times = new double[rules.Count + 4];
        var sink = 0m;
        for (var round = 0; round < WarmUp + Measured; round++)
        {
            var measured = round >= WarmUp;
            void Time(int slot, Action work)
            {
                var sw = Stopwatch.StartNew();
                work();
                if (measured)
                {
                    times[slot] += sw.Elapsed.TotalMicroseconds;
                }
            }

            Time(0, () => Array.ForEach(reports, r => sink += new RubricInput(r).Report.Indicators.Count));
            for (var n = 0; n < rules.Count; n++)
            {
                var score = rules[n].Score!;
                Time(n + 1, () => Array.ForEach(inputs, i => sink += score([i])));
            }

            Time(rules.Count + 1, () => Array.ForEach(inputs, i => sink += ResultBuilder.Total(rs, i, new decimal[rules.Count], ResultBuilder.Factors(rs, null))));
            Time(rules.Count + 2, () => Array.ForEach(reports, r => sink += FastScorer.ScoreTotal(rs, r)));
            Time(rules.Count + 3, () => Array.ForEach(reports, r => sink += RubricScorer.ScoreTotalAsync(rs, r).GetAwaiter().GetResult()));
        }

        GC.KeepAlive(sink);
        double Per(int slot) => times[slot] / Measured / reports.Length;
        Console.WriteLine($"{file}, µs per report (load {File.ReadAllText("/proc/loadavg")[..14]}):");
        Console.WriteLine($"  input wrapper              {Per(0),7:0.000}");
        for (var n = 0; n < rules.Count; n++)
        {
            Console.WriteLine($"  rule {rules[n].Key,-20} {Per(n + 1),7:0.000}  {rules[n].Expression[..Math.Min(70, rules[n].Expression.Length)]}");
        }

        Console.WriteLine($"  status and total           {Per(rules.Count + 1),7:0.000}");
        Console.WriteLine($"  fast path, whole           {Per(rules.Count + 2),7:0.000}");
        Console.WriteLine($"  stock RulesEngine, whole   {Per(rules.Count + 3),7:0.000}  (stock − fast = the engine's own cost: {Per(rules.Count + 3) - Per(rules.Count + 2):0.000})");
    }
}
