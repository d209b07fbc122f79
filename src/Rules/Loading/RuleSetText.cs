using System.Text.Json;

namespace PerfEval.Rules.Loading;

/// <summary>
/// Whether a rule-set text can be read back at all, before anything interprets it: one JSON value, no duplicate keys,
/// nesting within 64 levels, every number a decimal within ±<see cref="MaxMagnitude"/>, every string free of control
/// characters and lone surrogates. A text that fails here is refused outright (never stored as a draft).
/// </summary>
internal static class RuleSetText
{
    /// <summary>Largest magnitude of any number in a rule set (points are at most 100; this is far beyond any real value).</summary>
    public const decimal MaxMagnitude = 1_000_000_000m;

    private static readonly JsonDocumentOptions Options = new()
    {
        AllowDuplicateProperties = false,
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 64,
    };

    /// <summary>Every reason the text cannot be read (empty when it can), naming the rule and the JSON path.</summary>
    public static IReadOnlyList<RuleSetProblem> Check(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException ex)
        {
            return [new RuleSetProblem("json", $"不是有效的 JSON（第 {ex.LineNumber + 1} 行第 {ex.BytePositionInLine + 1} 字节）：{Reason(ex)}")];
        }

        using (document)
        {
            var problems = new List<RuleSetProblem>();
            Walk(document.RootElement, "", "json", problems);
            return problems;
        }
    }

    private static void Walk(JsonElement element, string path, string rule, List<RuleSetProblem> problems)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in element.EnumerateObject())
                {
                    if (TextSafety.InvalidCharacter(p.Name) is { } bad)
                    {
                        problems.Add(new RuleSetProblem(rule, $"{Join(path, "?")}: 属性名含{bad}"));
                        continue;
                    }

                    Walk(p.Value, Join(path, p.Name), rule, problems);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    var itemPath = $"{path}[{index}]";
                    // Name the rule: Rules[3] is called by its RuleName when it has a readable one.
                    var itemRule = path == "Rules" && item.ValueKind == JsonValueKind.Object
                        && item.TryGetProperty("RuleName", out var name) && name.ValueKind == JsonValueKind.String
                        && TryGetString(name) is { } ruleName && TextSafety.InvalidCharacter(ruleName) is null
                            ? ruleName
                            : rule;
                    Walk(item, itemPath, itemRule, problems);
                    index++;
                }

                break;
            case JsonValueKind.String:
                var text = TryGetString(element);
                var reason = text is null ? "不成对的 UTF-16 代理字符" : TextSafety.InvalidCharacter(text);
                if (reason is not null)
                {
                    problems.Add(new RuleSetProblem(rule, $"{path}: 文本含{reason}"));
                }

                break;
            case JsonValueKind.Number:
                if (!element.TryGetDecimal(out var value) || Math.Abs(value) > MaxMagnitude)
                {
                    var raw = element.GetRawText();
                    problems.Add(new RuleSetProblem(rule, $"{path}: 数值 {(raw.Length > 40 ? raw[..40] + "…" : raw)} 超出允许范围（±{MaxMagnitude:0}）"));
                }

                break;
        }
    }

    private static string? TryGetString(JsonElement element)
    {
        try
        {
            return element.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static string Join(string path, string name) => path.Length == 0 ? name : path + "." + name;

    /// <summary>The parser's reason without its position suffix (given separately).</summary>
    private static string Reason(JsonException ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
