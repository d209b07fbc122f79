using System.Text.Json;
using System.Text.Json.Nodes;
using PerfEval.Rules.Checks;
using PerfEval.Rules.Model;
using PerfEval.Rules.Templates;

namespace PerfEval.Rules.Definitions;

/// <summary>
/// Maps <see cref="RubricDefinition"/> to and from a RulesEngine workflow JSON. Layout:
/// a disabled rule named <c>rubric</c> carries the rule-set metadata (title, version, kind, grade bands, level-1/2
/// groups with points) in its <c>Properties</c>; every indicator or check is one rule whose <c>Properties</c> hold
/// the template and parameters and whose <c>OutputExpression</c> action holds the generated expression.
/// </summary>
internal static class RulesEngineJson
{
    public const string MetaRuleName = "rubric";
    public const string InputName = "input";

    public static string Write(RubricDefinition d)
    {
        var rules = new JsonArray { MetaRule(d) };
        foreach (var l1 in d.Groups)
        {
            foreach (var i in l1.Indicators)
            {
                rules.Add(IndicatorRule(i, l1, null));
            }

            foreach (var l2 in l1.Children)
            {
                foreach (var i in l2.Indicators)
                {
                    rules.Add(IndicatorRule(i, l1, l2));
                }
            }
        }

        foreach (var c in d.Checks)
        {
            rules.Add(Rule(c.Key, CheckKinds.IsKnown(c.Check) ? CheckKinds.Expression(c) : "", new JsonObject
            {
                ["role"] = "check",
                ["name"] = c.Name,
                ["check"] = c.Check,
                ["tolerance"] = c.Tolerance,
            }));
        }

        var root = new JsonObject
        {
            ["WorkflowName"] = d.Id,
            ["Rules"] = rules,
        };
        return root.ToJsonString(RulesJson.Indented) + "\n";
    }

    public static RubricDefinition Read(string json) => ReadWithExpressions(json).Definition;

    public static (RubricDefinition Definition, Dictionary<string, string?> StoredExpressions) ReadWithExpressions(string json)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw new FormatException($"不是有效的 JSON：{ex.Message}", ex);
        }

        if (root is not JsonObject wf)
        {
            throw new FormatException("规则集必须是一个 RulesEngine 工作流对象（JSON 对象）");
        }

        var id = wf["WorkflowName"]?.GetValue<string>() ?? throw new FormatException("缺少 WorkflowName");
        var rules = wf["Rules"] as JsonArray ?? throw new FormatException("缺少 Rules 数组");
        var meta = rules.OfType<JsonObject>().FirstOrDefault(r => Prop(r, "role") == "rubric")
            ?? throw new FormatException($"缺少规则集描述规则（RuleName \"{MetaRuleName}\"，Properties.role = \"rubric\"）");
        var mp = (JsonObject)meta["Properties"]!;
        var d = new RubricDefinition
        {
            Id = id,
            Title = mp["title"]?.GetValue<string>() ?? "",
            Version = mp["version"]?.GetValue<int>() ?? 1,
            Kind = Enum<RubricKind>(mp["kind"], MetaRuleName, "kind") ?? RubricKind.Scoring,
            ReportKind = Enum<ReportKind>(mp["reportKind"], MetaRuleName, "reportKind"),
            Description = mp["description"]?.GetValue<string>(),
            GradeBands = Deserialize<List<GradeBand>>(mp["gradeBands"], MetaRuleName, "gradeBands") ?? GradeBand.Defaults(),
            NotApplicable = Enum<NotApplicablePolicy>(mp["notApplicable"], MetaRuleName, "notApplicable") ?? NotApplicablePolicy.Rescale,
        };
        var groups = new Dictionary<string, IndicatorGroup>(StringComparer.Ordinal);
        foreach (var g1 in mp["groups"] as JsonArray ?? [])
        {
            var l1 = Group(g1!);
            d.Groups.Add(l1);
            groups[l1.Key] = l1;
            foreach (var g2 in g1!["children"] as JsonArray ?? [])
            {
                var l2 = Group(g2!);
                l1.Children.Add(l2);
                groups[l2.Key] = l2;
            }
        }

        var stored = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var node in rules)
        {
            if (node is not JsonObject r || ReferenceEquals(r, meta))
            {
                continue;
            }

            var name = r["RuleName"]?.GetValue<string>() ?? throw new FormatException("有规则缺少 RuleName");
            var expr = r["Actions"]?["OnSuccess"]?["Context"]?["Expression"]?.GetValue<string>();
            stored[name] = expr;
            var role = Prop(r, "role");
            var p = r["Properties"] as JsonObject;
            if (role == "check")
            {
                d.Checks.Add(new CheckDefinition
                {
                    Key = name,
                    Name = p!["name"]?.GetValue<string>() ?? "",
                    Check = p["check"]?.GetValue<string>() ?? "",
                    Tolerance = p["tolerance"]?.GetValue<decimal>() ?? 0.01m,
                });
                continue;
            }

            if (role != "indicator")
            {
                throw new FormatException($"规则 {name}：Properties.role 应为 indicator 或 check");
            }

            var groupKey = p!["group"]?.GetValue<string>() ?? throw new FormatException($"规则 {name}：缺少 Properties.group");
            if (!groups.TryGetValue(groupKey, out var group))
            {
                throw new FormatException($"规则 {name}：所属指标组 {groupKey} 未在 rubric 规则的 groups 中定义");
            }

            var template = Enum<TemplateKind>(p["template"], name, "template") ?? throw new FormatException($"规则 {name}：缺少 Properties.template");
            var indicator = new IndicatorDefinition
            {
                Key = name,
                Name = p["level3"]?.GetValue<string>() ?? "",
                Points = p["points"]?.GetValue<decimal>() ?? throw new FormatException($"规则 {name}：缺少 Properties.points"),
                Template = template,
                Parameters = Deserialize<TemplateParameters>(p["parameters"], name, "parameters") ?? new TemplateParameters(),
                Expression = template == TemplateKind.Advanced ? expr : null,
                Standard = p["standard"]?.GetValue<string>(),
                Evidence = p["evidence"]?.GetValue<string>(),
                EvidenceRequired = Enum<EvidenceRequirement>(p["evidenceRequired"], name, "evidenceRequired"),
                AllowNotApplicable = p["allowNotApplicable"]?.GetValue<bool>() ?? false,
            };

            // The file carries the text people read; a text equal to the generated one is not hand-written and follows the parameters.
            if (indicator.Standard is { } written && written.Trim() == StandardText.Generate(indicator))
            {
                indicator.Standard = null;
            }

            group.Indicators.Add(indicator);
        }

        return (d, stored);
    }

    private static JsonObject MetaRule(RubricDefinition d) => new()
    {
        ["RuleName"] = MetaRuleName,
        ["Enabled"] = false,
        ["Expression"] = "true",
        ["Properties"] = new JsonObject
        {
            ["role"] = "rubric",
            ["title"] = d.Title,
            ["version"] = d.Version,
            ["kind"] = Name(d.Kind),
            ["reportKind"] = d.ReportKind is { } k ? Name(k) : null,
            ["description"] = d.Description,
            ["notApplicable"] = d.Kind == RubricKind.Scoring ? Name(d.NotApplicable) : null,
            ["gradeBands"] = JsonSerializer.SerializeToNode(d.GradeBands, RulesJson.Options),
            ["groups"] = new JsonArray([.. d.Groups.Select(g => (JsonNode)new JsonObject
            {
                ["key"] = g.Key,
                ["name"] = g.Name,
                ["points"] = g.Points,
                ["children"] = new JsonArray([.. g.Children.Select(c => (JsonNode)new JsonObject
                {
                    ["key"] = c.Key,
                    ["name"] = c.Name,
                    ["points"] = c.Points,
                })]),
            })]),
        },
    };

    /// <summary>An indicator rule; a template whose parameters cannot generate an expression is written with an empty one (the loader names the cause).</summary>
    private static JsonObject IndicatorRule(IndicatorDefinition i, IndicatorGroup l1, IndicatorGroup? l2)
    {
        var properties = new JsonObject
        {
            ["role"] = "indicator",
            ["group"] = (l2 ?? l1).Key,
            ["level1"] = l1.Name,
            ["level2"] = l2?.Name,
            ["level3"] = i.Name,
            ["points"] = i.Points,
            ["template"] = Name(i.Template),
            ["parameters"] = JsonSerializer.SerializeToNode(i.Parameters, RulesJson.Options),
            ["standard"] = i.StandardText,
            ["evidence"] = i.Evidence,
        };
        if (i.EvidenceRequired is { } required)
        {
            properties["evidenceRequired"] = Name(required);
        }

        if (i.AllowNotApplicable)
        {
            properties["allowNotApplicable"] = true;
        }

        return Rule(i.Key, TryGenerate(i), properties);
    }

    private static string TryGenerate(IndicatorDefinition i)
    {
        try
        {
            return ExpressionGenerator.Generate(i);
        }
        catch (ArgumentException)
        {
            return "";
        }
    }

    private static JsonObject Rule(string name, string expression, JsonObject properties) => new()
    {
        ["RuleName"] = name,
        ["Expression"] = "true",
        ["Properties"] = properties,
        ["Actions"] = new JsonObject
        {
            ["OnSuccess"] = new JsonObject
            {
                ["Name"] = "OutputExpression",
                ["Context"] = new JsonObject { ["Expression"] = expression },
            },
        },
    };

    private static IndicatorGroup Group(JsonNode n) => new()
    {
        Key = n["key"]?.GetValue<string>() ?? throw new FormatException("指标组缺少 key"),
        Name = n["name"]?.GetValue<string>() ?? "",
        Points = n["points"]?.GetValue<decimal>() ?? throw new FormatException($"指标组 {n["key"]} 缺少 points"),
    };

    private static string? Prop(JsonObject rule, string name) =>
        rule["Properties"] is JsonObject p && p[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static string Name<T>(T value) where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static T? Enum<T>(JsonNode? node, string rule, string field) where T : struct, Enum
    {
        if (node is null)
        {
            return null;
        }

        var s = node.GetValue<string>();
        return System.Enum.TryParse<T>(s, ignoreCase: true, out var v) && !int.TryParse(s, out _)
            ? v
            : throw new FormatException($"规则 {rule}：{field} 的值「{s}」无效（可用：{string.Join("、", System.Enum.GetNames<T>().Select(n => JsonNamingPolicy.CamelCase.ConvertName(n)))}）");
    }

    private static T? Deserialize<T>(JsonNode? node, string rule, string field) where T : class
    {
        try
        {
            return node?.Deserialize<T>(RulesJson.Options);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"规则 {rule}：{field} 格式错误：{ex.Message}", ex);
        }
    }
}
