using System.Text.Json.Nodes;
using PerfEval.Rules.Checks;
using PerfEval.Rules.Engine;

namespace PerfEval.Host.Cli;

/// <summary>
/// Command-line entry points that run without starting the web app:
/// <c>score &lt;report.json&gt; [--rule-set &lt;path|id&gt;] [--weights 40,10,40,10]</c>,
/// <c>rules validate &lt;rule-set.json&gt;</c> and <c>rules format &lt;rule-set.json&gt;</c>.
/// </summary>
public static class Cli
{
    /// <summary>Exit code: done.</summary>
    public const int Ok = 0;

    /// <summary>Exit code: bad input (arguments, report or rule set).</summary>
    public const int BadInput = 2;

    /// <summary>The checks rule set run by <c>score</c>.</summary>
    public const string ChecksRuleSetId = RuleSetDirectory.Checks;

    /// <summary>Whether <paramref name="args"/> asks for a CLI command rather than the web app.</summary>
    /// <param name="args">Process arguments.</param>
    public static bool IsCommand(string[] args) => args is { Length: > 0 } && args[0] is "score" or "rules" or "import";

    /// <summary>Runs a CLI command; output JSON goes to <paramref name="stdout"/>, messages to <paramref name="stderr"/>.</summary>
    /// <param name="args">Process arguments.</param>
    /// <param name="stdout">Standard output (default <see cref="Console.Out"/>).</param>
    /// <param name="stderr">Standard error (default <see cref="Console.Error"/>).</param>
    /// <param name="ruleSetDirectory">Where rule-set ids are looked up (default: <c>rule-sets</c> beside the binary, else up from the working directory).</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter? stdout = null, TextWriter? stderr = null, string? ruleSetDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        // The command speaks Chinese whatever the machine's locale (ADR-010).
        CultureInfo.CurrentUICulture = TextCulture.Chinese;
        var output = stdout ?? Console.Out;
        var error = stderr ?? Console.Error;
        try
        {
            return args switch
            {
                ["score", ..] => await ScoreAsync(args[1..], output, error, ruleSetDirectory).ConfigureAwait(false),
                ["import", ..] => await ImportCommand.RunAsync(args[1..], output, error).ConfigureAwait(false),
                ["rules", "validate", var path] => await ValidateAsync(path, output, error).ConfigureAwait(false),
                ["rules", "format", var path] => await FormatAsync(path, output, error).ConfigureAwait(false),
                _ => await UsageAsync(error).ConfigureAwait(false),
            };
        }
        catch (CliException ex)
        {
            await error.WriteLineAsync(CliText.CliRunAsync + ex.Message).ConfigureAwait(false);
            return BadInput;
        }
        catch (RuleEvaluationException ex)
        {
            // A report the rules cannot evaluate (e.g. a section written as null): bad input, not a crash.
            await error.WriteLineAsync(CliText.CliRunAsync2 + ex.Message).ConfigureAwait(false);
            return BadInput;
        }
    }

    private static async Task<int> UsageAsync(TextWriter error)
    {
        await error.WriteLineAsync(CliText.Usage).ConfigureAwait(false);
        return BadInput;
    }

    private static async Task<int> ScoreAsync(string[] args, TextWriter output, TextWriter error, string? ruleSetDirectory)
    {
        string? reportPath = null;
        string? ruleSetArg = null;
        IReadOnlyList<decimal>? weights = null;
        for (var n = 0; n < args.Length; n++)
        {
            switch (args[n])
            {
                case "--rule-set" when n + 1 < args.Length:
                    ruleSetArg = args[++n];
                    break;
                case "--weights" when n + 1 < args.Length:
                    weights = ParseWeights(args[++n]);
                    break;
                case var a when a.StartsWith("--", StringComparison.Ordinal):
                    throw new CliException(CliText.FormatCliScoreAsync(a));
                default:
                    reportPath = reportPath is null ? args[n] : throw new CliException(CliText.FormatCliScoreAsync2(args[n]));
                    break;
            }
        }

        if (reportPath is null)
        {
            throw new CliException(CliText.CliScoreAsync3);
        }

        var (kind, report) = ReadReport(reportPath);
        var dir = ruleSetDirectory ?? FindRuleSetDirectory();
        var ruleSetPath = ruleSetArg is null ? Path.Combine(dir ?? ".", Features.Scoring.DefaultRubric.For(kind, report) + ".json") : ResolveRuleSet(ruleSetArg, dir);
        var ruleSet = LoadOrThrow(ruleSetPath);
        if (ruleSet.Kind != RubricKind.Scoring)
        {
            throw new CliException(CliText.FormatCliScoreAsync4(ruleSetPath));
        }

        ScoreResult result;
        try
        {
            result = await RubricScorer.ScoreAsync(ruleSet, report, new ScoreOptions { Level1Weights = weights, ReportKind = kind }).ConfigureAwait(false);
        }
        catch (ArgumentException ex)
        {
            throw new CliException(ex.Message);
        }

        IReadOnlyList<Finding> checks = [];
        var checksPath = dir is null ? null : Path.Combine(dir, ChecksRuleSetId + ".json");
        if (checksPath is not null && File.Exists(checksPath))
        {
            checks = ConsistencyChecker.Check(LoadOrThrow(checksPath), report);
        }
        else
        {
            await error.WriteLineAsync(CliText.FormatCliScoreAsync5(ChecksRuleSetId)).ConfigureAwait(false);
        }

        var json = new JsonObject
        {
            ["ruleSet"] = new JsonObject { ["id"] = result.RuleSetId, ["version"] = result.RuleSetVersion },
            ["total"] = result.Total,
            ["grade"] = result.Grade,
            ["level1"] = JsonSerializer.SerializeToNode(result.Level1, JsonDefaults.Options),
            ["indicators"] = new JsonArray([.. result.Indicators.Select(i => (JsonNode)new JsonObject
            {
                ["path"] = i.Path,
                ["key"] = i.Key,
                ["points"] = i.Points,
                ["score"] = i.Score,
                ["selfScore"] = i.SelfScore,
                ["disagrees"] = i.Disagrees,
                ["status"] = JsonNamingPolicy.CamelCase.ConvertName(i.Status.ToString()),
                ["explanation"] = i.Explanation,
            })]),
            ["findings"] = Findings(result.Findings),
            ["checks"] = Findings(checks),
        };
        await output.WriteLineAsync(json.ToJsonString(new JsonSerializerOptions(JsonDefaults.Options) { WriteIndented = true })).ConfigureAwait(false);
        return Ok;
    }

    private static JsonArray Findings(IEnumerable<Finding> findings) => new([.. findings.Select(f => (JsonNode)new JsonObject
    {
        ["severity"] = f.Severity == FindingSeverity.Error ? "error" : "warning",
        ["field"] = f.Field,
        ["message"] = f.Message,
        ["rule"] = f.Rule,
    })]);

    private static async Task<int> ValidateAsync(string path, TextWriter output, TextWriter error)
    {
        var result = RuleSetLoader.Load(ReadFile(path, CliText.CliValidateAsync));
        if (result.Succeeded)
        {
            var rs = result.RuleSet!;
            await output.WriteLineAsync(CliText.FormatCliValidateAsync2(rs.Id, rs.Version, rs.Definition.Title, rs.Expressions.Count)).ConfigureAwait(false);
            return Ok;
        }

        await error.WriteLineAsync(CliText.FormatCliValidateAsync3(path, result.Problems.Count)).ConfigureAwait(false);
        foreach (var p in result.Problems)
        {
            await error.WriteLineAsync($"  - {p.Rule}: {p.Message}").ConfigureAwait(false);
        }

        return BadInput;
    }

    private static async Task<int> FormatAsync(string path, TextWriter output, TextWriter error)
    {
        RubricDefinition definition;
        try
        {
            definition = RubricDefinition.FromWorkflowJson(ReadFile(path, CliText.CliFormatAsync));
        }
        catch (FormatException ex)
        {
            throw new CliException(ex.Message);
        }

        var json = definition.ToWorkflowJson();
        await File.WriteAllTextAsync(ResolvePath(path), json).ConfigureAwait(false);
        await output.WriteLineAsync(CliText.FormatCliFormatAsync2(path)).ConfigureAwait(false);
        return await ValidateAsync(path, output, error).ConfigureAwait(false);
    }

    private static (ReportKind Kind, ReportDocument Report) ReadReport(string path)
    {
        var text = ReadFile(path, CliText.CliStatic);
        try
        {
            var node = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (node is JsonObject o && o["content"] is JsonObject content)
            {
                var kind = o["kind"]?.Deserialize<ReportKind>(JsonDefaults.Options) ?? ReportKind.Project;
                return (kind, content.Deserialize<ReportDocument>(JsonDefaults.Options) ?? throw new CliException(CliText.CliStatic2));
            }

            var report = node.Deserialize<ReportDocument>(JsonDefaults.Options) ?? throw new CliException(CliText.CliStatic3);
            return (report.Department is null ? ReportKind.Project : ReportKind.Department, report);
        }
        catch (JsonException ex)
        {
            throw new CliException(CliText.FormatCliStatic4(path, ex.Message));
        }
    }

    private static LoadedRuleSet LoadOrThrow(string path)
    {
        var result = RuleSetLoader.Load(ReadFile(path, CliText.CliLoadOrThrow));
        return result.RuleSet ?? throw new CliException(CliText.FormatCliLoadOrThrow2(path) + string.Join("；", result.Problems.Select(p => p.ToString())));
    }

    /// <summary>
    /// Resolves a relative path against the working directory, then its parents: <c>dotnet run --project src/Host</c>
    /// runs in the project directory, so <c>samples/x.json</c> typed at the repository root is found there.
    /// </summary>
    internal static string ResolvePath(string path)
    {
        if (Path.IsPathRooted(path) || File.Exists(path))
        {
            return path;
        }

        for (var d = new DirectoryInfo(Directory.GetCurrentDirectory()).Parent; d is not null; d = d.Parent)
        {
            var candidate = Path.Combine(d.FullName, path);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return path;
    }

    private static string ReadFile(string path, string what)
    {
        try
        {
            return File.ReadAllText(ResolvePath(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliException(CliText.FormatCliReadFile(what, path, ex.Message));
        }
    }

    private static IReadOnlyList<decimal> ParseWeights(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        var weights = new List<decimal>();
        foreach (var p in parts)
        {
            weights.Add(decimal.TryParse(p, NumberStyles.Number, CultureInfo.InvariantCulture, out var w) && w >= 0
                ? w
                : throw new CliException(CliText.FormatCliParseWeights(p)));
        }

        return weights;
    }

    private static string ResolveRuleSet(string arg, string? dir)
    {
        if (File.Exists(ResolvePath(arg)))
        {
            return ResolvePath(arg);
        }

        var byId = dir is null ? null : Path.Combine(dir, arg + ".json");
        return byId is not null && File.Exists(byId)
            ? byId
            : throw new CliException(CliText.FormatCliResolveRuleSet(arg, dir ?? "rule-sets"));
    }

    private static string? FindRuleSetDirectory()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "rule-sets");
        if (Directory.Exists(beside))
        {
            return beside;
        }

        for (var d = new DirectoryInfo(Directory.GetCurrentDirectory()); d is not null; d = d.Parent)
        {
            var candidate = Path.Combine(d.FullName, "rule-sets");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private sealed class CliException(string message) : Exception(message);
}
