// Scores the same generated reports with rubric A three ways and prints per-report times:
//   stock  = RulesEngine.ExecuteAllRulesAsync (engine reused)   fast = FastScorer (compiled delegates)
//   hand   = HandWrittenRubricA (plain C#)
// Usage: dotnet run -c Release --project bench/PerfEval.Bench [-- <reports> <rounds>]   (defaults 2000 reports, 5 rounds, seed 42)
using System.Diagnostics;
using System.Globalization;
using PerfEval.Bench;
using PerfEval.Rules.Engine;
using PerfEval.Rules.Loading;
using PerfEval.Rules.Model;
using PerfEval.Rules.Samples;

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
async Task<double> MeasureAsync(Func<ReportDocument, ValueTask<decimal>> score)
{
    foreach (var r in reports.Take(Math.Min(200, reports.Length)))
    {
        sink += await score(r); // warm-up (JIT, tiering, RulesEngine caches)
    }

    var perReport = new List<double>();
    for (var round = 0; round < rounds; round++)
    {
        var sw = Stopwatch.StartNew();
        foreach (var r in reports)
        {
            sink += await score(r);
        }

        sw.Stop();
        perReport.Add(sw.Elapsed.TotalMicroseconds / reports.Length);
    }

    perReport.Sort();
    return perReport[perReport.Count / 2];
}

var stockUs = await MeasureAsync(async r => await RubricScorer.ScoreTotalAsync(ruleSet, r));
var fastUs = await MeasureAsync(r => ValueTask.FromResult(FastScorer.ScoreTotal(ruleSet, r)));
var handUs = await MeasureAsync(r => ValueTask.FromResult(HandWrittenRubricA.Total(r)));
var stockFullUs = await MeasureAsync(async r => (await RubricScorer.ScoreAsync(ruleSet, r)).Total);
var fastFullUs = await MeasureAsync(r => ValueTask.FromResult(FastScorer.Score(ruleSet, r).Total));

Console.WriteLine($"rubric A, {ruleSet.Expressions.Count} rules, {count} generated reports (seed 42), median of {rounds} rounds, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
Console.WriteLine($"| path | µs / report | vs stock | vs hand-written |");
Console.WriteLine($"|---|---:|---:|---:|");
Row("stock ExecuteAllRulesAsync (total only)", stockUs);
Row("fast compiled delegates (total only)", fastUs);
Row("hand-written C# (total only)", handUs);
Row("stock + explanations (full ScoreResult)", stockFullUs);
Row("fast + explanations (full ScoreResult)", fastFullUs);
Console.WriteLine($"fast is {stockUs / fastUs:0}x faster than stock (target >= 100x) and {fastUs / handUs:0.0}x the hand-written time (target <= 5x)");
GC.KeepAlive(sink);
return 0;

void Row(string name, double us) =>
    Console.WriteLine($"| {name} | {us:0.00} | {stockUs / us:0.0}x | {us / handUs:0.0}x |");

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
