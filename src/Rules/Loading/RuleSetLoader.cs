using System.Linq.Expressions;
using NJsonSchema;
using PerfEval.Rules.Checks;
using PerfEval.Rules.Definitions;
using PerfEval.Rules.Engine;
using PerfEval.Rules.Explanations;
using PerfEval.Rules.Samples;
using PerfEval.Rules.Templates;
using RulesEngine.ExpressionBuilders;
using RulesEngine.Models;

namespace PerfEval.Rules.Loading;

/// <summary>
/// Loads a rule set from its RulesEngine workflow JSON and refuses it, naming the culprit, unless it passes:
/// a readable text (<see cref="CheckReadable"/>), the JSON Schema, a known role and shape for every rule (the metadata
/// rule disabled and action-free), the structural checks of <see cref="RubricValidator"/>, expressions that match their
/// template, expression size limits (checked before parsing), the expression whitelist, compilation against the real
/// input types, and a dry run on typed sample reports within a time and allocation budget (no exception, score within
/// [0, points]). Never throws on bad content, and never echoes an evaluation's exception message.
/// </summary>
public static class RuleSetLoader
{
    /// <summary>Most time the dry runs of one rule may take (all sample reports together).</summary>
    internal static readonly TimeSpan DryRunTimeBudget = TimeSpan.FromSeconds(2);

    /// <summary>Most memory the dry runs of one rule may allocate (all sample reports together).</summary>
    internal const long DryRunAllocationBudget = 64L * 1024 * 1024;

    private static readonly Lazy<JsonSchema> Schema = new(() =>
    {
        using var stream = typeof(RuleSetLoader).Assembly.GetManifestResourceStream("PerfEval.Rules.rule-set.schema.json")
            ?? throw new InvalidOperationException("rule-set.schema.json is not embedded");
        using var reader = new StreamReader(stream);
        return JsonSchema.FromJsonAsync(reader.ReadToEnd()).GetAwaiter().GetResult();
    });

    /// <summary>The JSON Schema of the rule-set format (also shipped as <c>rule-sets/rule-set.schema.json</c>).</summary>
    public static string SchemaJson => Schema.Value.ToJson();

    /// <summary>Loads and validates a rule set.</summary>
    /// <param name="json">The workflow JSON.</param>
    /// <returns>The loaded rule set, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static RuleSetLoadResult Load(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return LoadCore(json);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Content no check foresaw must still be a refusal, never a crash of the request or the CLI.
            return Fail(new RuleSetProblem("rubric", $"规则集无法读取：{EvaluationErrors.Describe(ex)}"));
        }
    }

    /// <summary>
    /// Why a text cannot be read back at all — not JSON, duplicate keys, nesting beyond 64, a number that is not a
    /// decimal within ±1,000,000,000, a control character or lone surrogate in a string — naming the rule and the path.
    /// Empty when it can. Such a text is never worth storing, not even as a draft.
    /// </summary>
    /// <param name="json">The workflow JSON.</param>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static IReadOnlyList<RuleSetProblem> CheckReadable(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return string.IsNullOrWhiteSpace(json) ? [new RuleSetProblem("json", "规则集内容为空")] : RuleSetText.Check(json);
    }

    private static RuleSetLoadResult LoadCore(string json)
    {
        var problems = new List<RuleSetProblem>();
        var unreadable = CheckReadable(json);
        if (unreadable.Count > 0)
        {
            return Fail([.. unreadable]);
        }

        try
        {
            foreach (var e in Schema.Value.Validate(json))
            {
                problems.Add(new RuleSetProblem("schema", $"{e.Path}: {e.Kind}{(e.Property is null ? "" : " (" + e.Property + ")")}"));
            }
        }
        catch (Newtonsoft.Json.JsonException ex)
        {
            return Fail(new RuleSetProblem("json", $"不是有效的 JSON：{ex.Message}"));
        }

        problems.AddRange(RuleShape.Check(json));
        RubricDefinition definition;
        Dictionary<string, string?> stored;
        try
        {
            (definition, stored) = RulesEngineJson.ReadWithExpressions(json);
        }
        catch (FormatException ex)
        {
            problems.Add(new RuleSetProblem("rubric", ex.Message));
            return Fail([.. problems]);
        }
        catch (Exception ex) when (ex is InvalidOperationException or NullReferenceException or InvalidCastException or System.Text.Json.JsonException or OverflowException)
        {
            // Shapes the schema already reports (a missing Properties, a string where a number belongs): refuse, never throw.
            problems.Add(new RuleSetProblem("rubric", "规则集结构错误：" + ex.Message));
            return Fail([.. problems]);
        }

        problems.AddRange(RubricValidator.Validate(definition));
        var settings = LoadedRuleSet.Settings();
        var parser = new RuleExpressionParser(settings);
        var indicators = new List<CompiledRule>();
        var checks = new List<CompiledRule>();
        var samples = DryRunInputs(definition);

        foreach (var i in definition.AllIndicators())
        {
            string expression;
            try
            {
                expression = ExpressionGenerator.Generate(i);
            }
            catch (ArgumentException ex)
            {
                problems.Add(new RuleSetProblem(i.Key, ex.Message));
                continue;
            }

            if (stored.GetValueOrDefault(i.Key) is not { } s)
            {
                problems.Add(new RuleSetProblem(i.Key, $"缺少 OutputExpression 动作（Actions.OnSuccess），应为 {expression}"));
                continue;
            }

            if (s != expression)
            {
                problems.Add(new RuleSetProblem(i.Key, $"OutputExpression 与模板「{i.Template}」生成的表达式不一致（手写表达式请使用 advanced 模板）：文件中为 {s}，模板生成 {expression}"));
                continue;
            }

            if (Compile<decimal>(parser, i.Key, expression, problems) is not { } score)
            {
                continue;
            }

            DryRunIndicator(i, score, samples, problems);
            indicators.Add(new CompiledRule(i.Key, expression, i, null, score, null));
        }

        foreach (var c in definition.Checks)
        {
            if (!CheckKinds.IsKnown(c.Check))
            {
                continue; // reported by the validator
            }

            var expression = CheckKinds.Expression(c);
            if (stored.GetValueOrDefault(c.Key) is not { } s || s != expression)
            {
                problems.Add(new RuleSetProblem(c.Key, $"OutputExpression 与校验项「{c.Check}」生成的表达式不一致：文件中为 {stored.GetValueOrDefault(c.Key) ?? "（无）"}，应为 {expression}"));
                continue;
            }

            if (Compile<List<Finding>>(parser, c.Key, expression, problems) is not { } findings)
            {
                continue;
            }

            DryRun(c.Key, samples, sample =>
            {
                findings([sample]);
                return null;
            }, problems);

            checks.Add(new CompiledRule(c.Key, expression, null, c, null, findings));
        }

        if (problems.Count > 0)
        {
            return Fail([.. problems]);
        }

        RulesEngine.RulesEngine engine;
        try
        {
            // The file itself, unchanged, is what RulesEngine runs.
            engine = new RulesEngine.RulesEngine([json], settings);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return Fail(new RuleSetProblem("rubric", $"RulesEngine 拒绝加载：{EvaluationErrors.Describe(ex)}"));
        }

        // Run the file once through the stock engine too: proves RulesEngine itself evaluates every rule (and warms its caches).
        var dryRun = RunStockOnce(engine, definition, samples[0]);
        if (dryRun.Count > 0)
        {
            return Fail([.. dryRun]);
        }

        return new RuleSetLoadResult(new LoadedRuleSet(definition, json, engine, indicators, checks), []);
    }

    /// <summary>Validates and loads an edited definition (writes its workflow JSON with generated expressions, then loads that).</summary>
    /// <param name="definition">The definition, e.g. from an editor.</param>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/> is null.</exception>
    public static RuleSetLoadResult Load(RubricDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return Load(definition.ToWorkflowJson());
    }

    /// <summary>Loads a rule set from a file.</summary>
    /// <param name="path">Path to the JSON file.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="FileNotFoundException">No such file.</exception>
    public static RuleSetLoadResult LoadFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Load(File.ReadAllText(path));
    }

    private static RuleSetLoadResult Fail(params RuleSetProblem[] problems) => new(null, problems);

    private static List<RuleSetProblem> RunStockOnce(RulesEngine.RulesEngine engine, RubricDefinition definition, RubricInput sample)
    {
        var problems = new List<RuleSetProblem>();
        try
        {
            // RulesEngine's async API completes synchronously for in-memory rules; no synchronization context is captured.
            var results = engine.ExecuteAllRulesAsync(definition.Id, new RuleParameter(RulesEngineJson.InputName, sample)).AsTask().GetAwaiter().GetResult();
            foreach (var r in results.Where(r => r.Rule.Enabled))
            {
                // Only the kind of error: an evaluation's message may carry what the expression reached.
                var error = r.ActionResult?.Exception is { } ex ? EvaluationErrors.Describe(ex) : r.IsSuccess ? null : "规则执行失败";
                if (error is not null || r.ActionResult?.Output is null)
                {
                    problems.Add(new RuleSetProblem(r.Rule.RuleName, $"RulesEngine 试运行失败：{error ?? "没有输出"}"));
                }
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            problems.Add(new RuleSetProblem("rubric", $"RulesEngine 试运行失败：{EvaluationErrors.Describe(ex)}"));
        }

        return problems;
    }

    /// <summary>Compiles one expression after the size limits and the whitelist; problems name <paramref name="key"/>. Also used for route conditions.</summary>
    internal static Func<object[], T>? Compile<T>(RuleExpressionParser parser, string key, string expression, List<RuleSetProblem> problems, Type? inputType = null)
    {
        var expected = typeof(T);
        inputType ??= typeof(RubricInput);
        if (ExpressionLimits.Check(expression) is { } tooBig)
        {
            // Before any parser sees it: the parser and the compilers recurse per nesting level and per operator.
            problems.Add(new RuleSetProblem(key, tooBig));
            return null;
        }

        var input = Expression.Parameter(inputType, RulesEngineJson.InputName);
        Expression body;
        try
        {
            body = parser.Parse(expression, [input], null);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            problems.Add(new RuleSetProblem(key, $"表达式无法编译：{ex.GetBaseException().Message}（表达式：{expression}）"));
            return null;
        }

        var violations = ExpressionWhitelist.Check(body);
        foreach (var v in violations)
        {
            problems.Add(new RuleSetProblem(key, $"表达式超出允许的词汇：{v}（表达式：{expression}）"));
        }

        if (violations.Count > 0)
        {
            return null;
        }

        if (body.Type != expected)
        {
            problems.Add(new RuleSetProblem(key, $"表达式结果类型为 {body.Type.Name}，应为 {expected.Name}{(expected == typeof(decimal) ? "（数字请写成 1m 这样的 decimal 字面量）" : "")}"));
            return null;
        }

        try
        {
            // RulesEngine's own parser and compiler, as the OutputExpression action uses them; typed to T (the action asks
            // for object), so the batch path does not box every score.
            return parser.Compile<T>(expression, [RuleParameter.Create(RulesEngineJson.InputName, inputType)]);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            problems.Add(new RuleSetProblem(key, $"表达式无法编译：{ex.GetBaseException().Message}"));
            return null;
        }
    }

    private static List<RubricInput> DryRunInputs(RubricDefinition definition)
    {
        var list = new List<RubricInput> { new(SampleReports.Empty()), new(new Model.ReportDocument()) };
        var random = new Random(20240601);
        for (var n = 0; n < 8; n++)
        {
            list.Add(new RubricInput(SampleReports.Generate(random, definition)));
        }

        return list;
    }

    private static void DryRunIndicator(IndicatorDefinition i, Func<object[], decimal> score, List<RubricInput> samples, List<RuleSetProblem> problems)
        => DryRun(i.Key, samples, sample =>
        {
            var value = score([sample]);
            return value < 0 || value > i.Points ? $"试运行得分 {Zh.N(value)} 超出 0–{Zh.N(i.Points)}：得分可能超过分值" : null;
        }, problems);

    /// <summary>
    /// Runs one rule on every sample: the first exception (by kind only), the first refused result, or a run beyond the
    /// time or allocation budget becomes a problem naming the rule.
    /// </summary>
    internal static void DryRun<TInput>(string key, List<TInput> samples, Func<TInput, string?> run, List<RuleSetProblem> problems)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        foreach (var sample in samples)
        {
            try
            {
                if (run(sample) is { } refusal)
                {
                    problems.Add(new RuleSetProblem(key, refusal));
                    return;
                }
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                problems.Add(new RuleSetProblem(key, $"试运行出错：{EvaluationErrors.Describe(ex)}"));
                return;
            }
        }

        var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        if (elapsed > DryRunTimeBudget)
        {
            problems.Add(new RuleSetProblem(key, $"试运行耗时 {elapsed.TotalMilliseconds:0} 毫秒，超出预算 {DryRunTimeBudget.TotalMilliseconds:0} 毫秒"));
        }

        var bytes = GC.GetAllocatedBytesForCurrentThread() - allocated;
        if (bytes > DryRunAllocationBudget)
        {
            problems.Add(new RuleSetProblem(key, $"试运行分配内存 {bytes / (1024 * 1024)} MB，超出预算 {DryRunAllocationBudget / (1024 * 1024)} MB"));
        }
    }
}
