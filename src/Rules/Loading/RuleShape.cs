using System.Text.Json;

namespace PerfEval.Rules.Loading;

/// <summary>
/// Every rule of a rule set has a known role and the shape of that role, so that no rule runs an expression the
/// whitelist has not seen. The metadata rule (<c>role: rubric</c>) only carries data: it must be disabled and hold no
/// action, otherwise RulesEngine would evaluate whatever its action says. Indicator and check rules must stay enabled
/// (a disabled one would score on one path and not on the other).
/// </summary>
internal static class RuleShape
{
    /// <summary>Every rule of the wrong shape, named (the text must already have passed <see cref="RuleSetText"/>).</summary>
    public static IReadOnlyList<RuleSetProblem> Check(string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var problems = new List<RuleSetProblem>();
        if (document.RootElement.ValueKind != JsonValueKind.Object
            || !document.RootElement.TryGetProperty("Rules", out var rules) || rules.ValueKind != JsonValueKind.Array)
        {
            return problems; // the schema and the reader name what is missing
        }

        var index = 0;
        foreach (var rule in rules.EnumerateArray())
        {
            var name = rule.ValueKind == JsonValueKind.Object && rule.TryGetProperty("RuleName", out var n) && n.ValueKind == JsonValueKind.String
                ? n.GetString()!
                : $"Rules[{index}]";
            index++;
            if (rule.ValueKind != JsonValueKind.Object)
            {
                problems.Add(new RuleSetProblem(name, "规则必须是 JSON 对象"));
                continue;
            }

            var role = rule.TryGetProperty("Properties", out var p) && p.ValueKind == JsonValueKind.Object
                && p.TryGetProperty("role", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null;
            var enabled = !rule.TryGetProperty("Enabled", out var e) || e.ValueKind != JsonValueKind.False;
            var hasActions = rule.TryGetProperty("Actions", out var a) && a.ValueKind != JsonValueKind.Null;
            switch (role)
            {
                case "rubric":
                    if (enabled || hasActions)
                    {
                        problems.Add(new RuleSetProblem(name,
                            "规则集描述规则（role: rubric）只存放元数据：必须禁用（\"Enabled\": false）且不能有动作（Actions），否则 RulesEngine 会执行未经白名单检查的表达式"));
                    }

                    break;
                case "indicator" or "check":
                    if (!enabled)
                    {
                        problems.Add(new RuleSetProblem(name, $"{(role == "indicator" ? "指标" : "校验")}规则不能禁用（\"Enabled\": false）：每条规则都必须评分或校验"));
                    }

                    break;
                default:
                    problems.Add(new RuleSetProblem(name, $"未知的规则角色「{role ?? "（无）"}」（Properties.role 只能是 rubric、indicator 或 check）"));
                    break;
            }
        }

        return problems;
    }
}
