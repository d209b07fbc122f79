// Scores the same generated reports with rubric A three ways and prints per-report times:
//   stock  = RulesEngine.ExecuteAllRulesAsync (engine reused)   fast = FastScorer (compiled delegates)
//   hand   = HandWrittenRubricA (plain C#)
// Usage: dotnet run -c Release --project bench/PerfEval.Bench [-- <reports> <rounds>]   (defaults 2000 reports, 5 rounds, seed 42)
//        dotnet run -c Release --project bench/PerfEval.Bench -- probe rubric-c-self-evaluation.json   (where one rubric's time goes)
//        dotnet run -c Release --project bench/PerfEval.Bench -- fastpath [reports=2000] [rounds=7] [rubric=A|B|C]   (rubrics A, B, C side by side)
//        dotnet run -c Release --project bench/PerfEval.Bench -- impact [reports=100000] [rounds=3]   (editor impact analysis)
//        dotnet run -c Release --project bench/PerfEval.Bench -- scale --reports 100000 [--provider sqlite|postgresql]   (the service at scale)
using System.Diagnostics;
using System.Globalization;
using PerfEval.Bench;
using PerfEval.Rules.Engine;
using PerfEval.Rules.Loading;
using PerfEval.Rules.Model;
using PerfEval.Rules.Samples;

if (args.Length > 0 && args[0] == "scale")
{
    return await ScaleBench.RunAsync(args, RepoRoot());
}

if (args.Length > 0 && args[0] == "probe")
{
    Probe.Run(RepoRoot(), args[1]);
    return 0;
}

if (args.Length > 0 && args[0] == "fastpath")
{
    // Rubrics A, B and C side by side, as the scale benchmark's last phase: fastpath [reports=2000] [rounds=7] [rubric=A|B|C].
    var n = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2000;
    var r = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 7;
    FastPathBench.Ratios(RepoRoot(), n, r, Console.Out, args.Length > 3 ? args[3] : null);
    return 0;
}

if (args.Length > 0 && args[0] == "impact")
{
    return ImpactBench.Run(FindRuleSet("rubric-a-project.json"), args);
}

var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2000;
var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
var ruleSet = RuleSetLoader.LoadFile(FindRuleSet("rubric-a-project.json")).GetOrThrow();
var random = new Random(42);
var reports = Enumerable.Range(0, count).Select(_ => SampleReports.Generate(random, ruleSet.Definition)).ToArray();

// Same totals on every report, or the comparison means nothing.
for (var n = 0; n < reports.Length; n++)
{
    var stock = await RubricScorer.ScoreTotalAsync(ruleSet, reports[n]);
    var fast = FastScorer.ScoreTotal(ruleSet, reports[n]);
    var hand = HandWrittenRubricA.Total(reports[n]);
    if (stock != fast || fast != hand)
    {
        Console.Error.WriteLine($"report {n}: stock {stock}, fast {fast}, hand {hand} differ");
        return 1;
    }
}

var sink = 0m;
// The last two rows score unanswered reports: the rubric then does almost no work of its own, so they show what
// RulesEngine's per-call machinery costs and how much of it the fast path removes.
var empty = Enumerable.Range(0, count).Select(_ => SampleReports.Empty()).ToArray();
var paths = new (string Name, ReportDocument[] Reports, Func<ReportDocument, ValueTask<decimal>> Score)[]
{
    ("stock ExecuteAllRulesAsync (total only)", reports, async r => await RubricScorer.ScoreTotalAsync(ruleSet, r)),
    ("fast compiled delegates (total only)", reports, r => ValueTask.FromResult(FastScorer.ScoreTotal(ruleSet, r))),
    ("hand-written C# (total only)", reports, r => ValueTask.FromResult(HandWrittenRubricA.Total(r))),
    ("stock + explanations (full ScoreResult)", reports, async r => (await RubricScorer.ScoreAsync(ruleSet, r)).Total),
    ("fast + explanations (full ScoreResult)", reports, r => ValueTask.FromResult(FastScorer.Score(ruleSet, r).Total)),
    ("stock, unanswered report (engine overhead)", empty, async r => await RubricScorer.ScoreTotalAsync(ruleSet, r)),
    ("fast, unanswered report (engine overhead)", empty, r => ValueTask.FromResult(FastScorer.ScoreTotal(ruleSet, r))),
};

// Warm-up: JIT, tiered compilation, RulesEngine's caches.
foreach (var (_, set, score) in paths)
{
    for (var w = 0; w < 3; w++)
    {
        foreach (var r in set.Take(Math.Min(500, set.Length)))
        {
            sink += await score(r);
        }
    }
}

// Rounds interleave the paths so that background load on a shared machine hits all of them alike.
var samples = paths.Select(_ => new List<double>()).ToArray();
for (var round = 0; round < rounds; round++)
{
    for (var p = 0; p < paths.Length; p++)
    {
        var (_, set, score) = paths[p];
        var sw = Stopwatch.StartNew();
        foreach (var r in set)
        {
            sink += await score(r);
        }

        sw.Stop();
        samples[p].Add(sw.Elapsed.TotalMicroseconds / set.Length);
    }
}

double Median(List<double> xs)
{
    xs.Sort();
    return xs[xs.Count / 2];
}

var stockUs = Median(samples[0]);
var fastUs = Median(samples[1]);
var handUs = Median(samples[2]);
Console.WriteLine($"rubric A, {ruleSet.Expressions.Count} rules, {count} generated reports (seed 42), median of {rounds} rounds, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
Console.WriteLine($"| path | µs / report | vs stock | vs hand-written |");
Console.WriteLine($"|---|---:|---:|---:|");
for (var p = 0; p < paths.Length; p++)
{
    Row(paths[p].Name, Median(samples[p]));
}

Console.WriteLine($"fast is {stockUs / fastUs:0}x faster than stock (target >= 100x) and {fastUs / handUs:0.0}x the hand-written time (target <= 5x)");
Console.WriteLine($"hand-written C# is {stockUs / handUs:0}x faster than stock; on unanswered reports fast is {Median(samples[5]) / Median(samples[6]):0}x faster than stock");
GC.KeepAlive(sink);
return 0;

void Row(string name, double us) =>
    Console.WriteLine($"| {name} | {us:0.00} | {stockUs / us:0.0}x | {us / handUs:0.0}x |");

static string RepoRoot()
{
    for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
    {
        if (File.Exists(Path.Combine(d.FullName, "PerfEval.sln")))
        {
            return d.FullName;
        }
    }

    throw new DirectoryNotFoundException($"PerfEval.sln not found above {AppContext.BaseDirectory}");
}

static string FindRuleSet(string file)
{
    for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
    {
        var candidate = Path.Combine(d.FullName, "rule-sets", file);
        if (File.Exists(candidate))
        {
            return candidate;
        }
    }

    throw new FileNotFoundException($"rule-sets/{file} not found above {AppContext.BaseDirectory}");
}
