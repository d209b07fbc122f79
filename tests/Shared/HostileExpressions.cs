using System.Text.Json.Nodes;

namespace PerfEval.Tests.Shared;

/// <summary>
/// Expressions an attacker (or a careless editor) may post as a rule: reflection, clock, randomness, I/O and
/// environment, type tricks, resource exhaustion, deep nesting and huge input. None may ever load. Shared by the
/// rules tests, the host tests (validate, import, draft GET, publish) and the CLI tests.
/// </summary>
public static class HostileExpressions
{
    /// <summary>(name, expression): every one must be refused.</summary>
    public static IReadOnlyList<(string Name, string Expression)> All { get; } = Build();

    private static List<(string, string)> Build() =>
    [
        // Reflection
        ("reflection: GetType().Assembly", "input.GetType().Assembly.FullName.Length > 0 ? 1m : 0m"),
        ("reflection: DefinedTypes", "\"\".GetType().Assembly.DefinedTypes.Count()"),
        ("reflection: Assembly.Location leak", "Convert.ToInt32(input.GetType().Assembly.Location)"),
        ("reflection: typeof", "typeof(System.IO.File).Name.Length"),
        ("reflection: Type.GetType", "Type.GetType(\"System.IO.File\").Name.Length"),
        ("reflection: GetProperties", "input.Report.GetType().GetProperties().Length"),
        ("reflection: Activator", "Activator.CreateInstance(typeof(object)) == null ? 1m : 0m"),
        ("reflection: string GetMethods", "input.Report.Basic.ProjectName.GetType().GetMethods().Count()"),
        ("reflection: AppDomain", "AppDomain.CurrentDomain.GetAssemblies().Length"),
        ("reflection: Assembly.GetExecutingAssembly", "Assembly.GetExecutingAssembly().Location.Length"),
        ("reflection: GetHashCode", "input.Report.GetHashCode()"),
        ("reflection: ToString", "input.ToString().Length"),
        ("reflection: decimal GetType", "Fn.Ratio(1m, 1m).GetType().Name.Length"),
        ("reflection: list GetType", "input.Report.Indicators.GetType().Assembly.Location.Length"),

        // Clock
        ("clock: DateTime.Now", "DateTime.Now.Ticks"),
        ("clock: DateTime.UtcNow", "DateTime.UtcNow.Year > 2000 ? 1m : 0m"),
        ("clock: DateTimeOffset.Now", "DateTimeOffset.Now.Year"),
        ("clock: DateTime.Today", "DateTime.Today.Day"),
        ("clock: Environment.TickCount", "Environment.TickCount"),
        ("clock: Environment.TickCount64", "Environment.TickCount64"),
        ("clock: Stopwatch", "Stopwatch.GetTimestamp()"),
        ("clock: TimeProvider", "TimeProvider.System.GetUtcNow().Year"),

        // Randomness
        ("random: Guid.NewGuid", "Guid.NewGuid().ToString().Length"),
        ("random: new Random", "new Random().Next(0, 10)"),
        ("random: Random.Shared", "Random.Shared.Next(10)"),
        ("random: Guid compare", "Guid.NewGuid() == Guid.Empty ? 1m : 0m"),
        ("random: NextDouble", "Convert.ToDecimal(new Random().NextDouble())"),

        // I/O and environment
        ("io: File.ReadAllText", "File.ReadAllText(\"/etc/passwd\").Length"),
        ("io: File.Exists", "File.Exists(\"/etc/passwd\") ? 1m : 0m"),
        ("io: Directory.GetFiles", "Directory.GetFiles(\"/\").Length"),
        ("env: variable", "Environment.GetEnvironmentVariable(\"PATH\").Length"),
        ("env: MachineName", "Environment.MachineName.Length"),
        ("env: CurrentDirectory", "Environment.CurrentDirectory.Length"),
        ("io: Console", "Console.Out == null ? 1m : 0m"),
        ("env: Process", "Process.GetCurrentProcess().Id"),
        ("env: Exit", "Environment.Exit(1)"),

        // Type tricks
        ("types: cast through object", "(decimal)(object)input.Report.Basic.ProjectName"),
        ("types: Select lambda", "input.Report.Indicators.Select(it.Points).Sum()"),
        ("types: Where lambda", "input.Report.Indicators.Where(it.Points > 0).Count()"),
        ("types: Sum lambda", "input.Report.Indicators.Sum(x => x.Points)"),
        ("types: anonymous object", "new (1 as a).a"),
        ("types: new DateTime", "new DateTime(2020, 1, 1).Year"),
        ("types: Convert.ToDecimal", "Convert.ToDecimal(\"1\")"),
        ("types: decimal.Parse", "decimal.Parse(\"1\")"),
        ("types: int.Parse", "\"1\".Length + int.Parse(\"2\")"),
        ("types: Enum.GetNames", "Enum.GetNames(typeof(DayOfWeek)).Length"),
        ("types: ToUpper", "input.Report.Basic.ProjectName.ToUpper().Length"),
        ("types: string.Concat", "string.Concat(\"a\", \"b\").Length"),
        ("types: as object", "input.Report.Basic.ProjectName as object == null ? 1m : 0m"),
        ("types: is object", "input.Report is object ? 1m : 0m"),
        ("types: Math.Pow", "Math.Pow(10, 400)"),
        ("types: Math.Sqrt", "Math.Sqrt(-1)"),
        ("types: Nullable.GetUnderlyingType", "Nullable.GetUnderlyingType(typeof(int)) == null ? 1m : 0m"),
        ("types: indexer", "input.Report.Indicators[0].Points"),
        ("types: result not decimal", "\"text\""),

        // Resource exhaustion
        ("exhaustion: Enumerable.Range count", "Enumerable.Range(0, 2147483647).Where(it >= 0).Count()"),
        ("exhaustion: PadLeft", "\"x\".PadLeft(500000000).Length"),
        ("exhaustion: new string", "new string('x', 1000000000).Length"),
        ("exhaustion: Enumerable.Repeat", "Enumerable.Repeat(\"x\", 100000000).Count()"),
        ("exhaustion: string.Join", "string.Join(\",\", Enumerable.Range(0, 100000000)).Length"),
        ("exhaustion: Replace", "input.Report.Basic.ProjectName.Replace(\"\", \"x\").Length"),
        ("exhaustion: nested Range", "Enumerable.Range(0, 100000).Select(Enumerable.Range(0, 100000).Count()).Sum()"),
        ("exhaustion: big array", "new int[1000000000].Length"),
        ("runtime: divide by zero", "1m / (input.Report.Basic.Year - input.Report.Basic.Year)"),
        ("runtime: overflow", "79228162514264337593543950335m * (input.Report.Basic.Year + 10m)"),
        ("runtime: score above points", "Fn.Ratio(1m, 1m) * 1000m"),
        ("runtime: negative score", "0m - 5m"),

        // Deep nesting and huge input
        ("nesting: 7500 parentheses", new string('(', 7500) + "1m" + new string(')', 7500)),
        ("nesting: 200 parentheses", new string('(', 200) + "1m" + new string(')', 200)),
        ("nesting: 3000 Math.Min", Nest("Math.Min(1m, ", "1m", ")", 3000)),
        ("nesting: 3000 Fn.Ratio", Nest("Fn.Ratio(1m, ", "1m", ")", 3000)),
        ("nesting: 10000 not", "(" + new string('!', 10000) + "true) ? 1m : 0m"),
        ("nesting: 10000 unary minus", string.Concat(Enumerable.Repeat("- ", 10000)) + "1m"),
        ("nesting: 5000 conditionals", string.Concat(Enumerable.Repeat("true ? 1m : ", 5000)) + "0m"),
        ("huge: sum of 40000 terms", string.Join("+", Enumerable.Repeat("1m", 40000))),
        ("huge: sum of 30000 terms", string.Join("+", Enumerable.Repeat("0m", 30000))),
        ("huge: 100 KB string literal", "\"" + new string('x', 100_000) + "\".Length > 0 ? 1m : 0m"),
        ("huge: 1 MB of blanks", new string(' ', 1_000_000) + "1m"),
    ];

    private static string Nest(string open, string inner, string close, int depth) =>
        string.Concat(Enumerable.Repeat(open, depth)) + inner + string.Concat(Enumerable.Repeat(close, depth));
}

/// <summary>A minimal scoring rubric (one level-1 group of 100 points, one indicator) to carry a hostile expression.</summary>
public static class HostileRuleSets
{
    /// <summary>The indicator's rule name, which every refusal of an advanced expression must name.</summary>
    public const string IndicatorKey = "G1.1";

    /// <summary>The metadata rule's name.</summary>
    public const string MetaKey = "rubric";

    /// <summary>A benign expression the minimal rubric accepts (the control case).</summary>
    public const string Benign = "Math.Min(Fn.Ratio(input.Report.Funding.Arrived.TotalOrSum, input.Report.Funding.Planned.TotalOrSum), 1m) * 100m";

    /// <summary>The expression as the indicator's <c>advanced</c> OutputExpression.</summary>
    public static string WithAdvanced(string expression, string id = "hostile-test") => Build(id, expression, null).ToJsonString();

    /// <summary>The expression in the metadata rule, switched on with an OutputExpression action (the bypass).</summary>
    public static string WithEnabledMetadata(string expression, string id = "hostile-test") => Build(id, Benign, expression).ToJsonString();

    /// <summary>The rule-set object (for request bodies).</summary>
    public static JsonObject Node(string expression, bool inMetadata, string id = "hostile-test") =>
        inMetadata ? Build(id, Benign, expression) : Build(id, expression, null);

    private static JsonObject Build(string id, string indicatorExpression, string? metaExpression)
    {
        var meta = new JsonObject
        {
            ["RuleName"] = MetaKey,
            ["Enabled"] = metaExpression is null ? false : true,
            ["Expression"] = "true",
            ["Properties"] = new JsonObject
            {
                ["role"] = "rubric",
                ["title"] = "恶意表达式测试",
                ["version"] = 1,
                ["kind"] = "scoring",
                ["reportKind"] = "project",
                ["groups"] = new JsonArray(new JsonObject { ["key"] = "G1", ["name"] = "全部", ["points"] = 100, ["children"] = new JsonArray() }),
            },
        };
        if (metaExpression is not null)
        {
            meta["Actions"] = Action(metaExpression);
        }

        var indicator = new JsonObject
        {
            ["RuleName"] = IndicatorKey,
            ["Expression"] = "true",
            ["Properties"] = new JsonObject
            {
                ["role"] = "indicator",
                ["group"] = "G1",
                ["level1"] = "全部",
                ["level2"] = null,
                ["level3"] = "高级指标",
                ["points"] = 100,
                ["template"] = "advanced",
                ["parameters"] = new JsonObject(),
            },
            ["Actions"] = Action(indicatorExpression),
        };
        return new JsonObject { ["WorkflowName"] = id, ["Rules"] = new JsonArray(meta, indicator) };
    }

    private static JsonObject Action(string expression) => new()
    {
        ["OnSuccess"] = new JsonObject { ["Name"] = "OutputExpression", ["Context"] = new JsonObject { ["Expression"] = expression } },
    };
}
