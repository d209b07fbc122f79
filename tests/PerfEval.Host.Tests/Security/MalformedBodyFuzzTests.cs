using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PerfEval.Host.Tests.Infrastructure;
using PerfEval.Host.Tests.Reports;
using PerfEval.Tests.Shared;

namespace PerfEval.Host.Tests.Security;

/// <summary>
/// Malformed bodies — invalid JSON, wrong types, nulls, huge and non-finite numbers, control characters, lone surrogates
/// (escaped and as raw bytes), invalid UTF-8, duplicate keys, deep nesting, oversized bodies — posted to every POST/PUT
/// endpoint, whole and at each field: never a 5xx, every body an endpoint must refuse is a 4xx, and afterwards the
/// database (reports, rule-set versions, rounds, targets, workflow versions, history, audit, reminders) is byte-identical.
/// </summary>
public sealed class MalformedBodyFuzzTests(PerfEvalFactory factory) : IClassFixture<PerfEvalFactory>
{
    private const string Token = "@@FUZZ@@";

    /// <summary>What a field is, so that only values invalid for it are posted there.</summary>
    private enum Shape
    {
        Text,
        NullableText,
        Number,
        NullableNumber,
        Array,
        NullableArray,
        Object,
        NullableObject,
        /// <summary>Any non-null value other than a valid one (enum names, dates, ids): every value of the catalogue is invalid.</summary>
        Enum,
        /// <summary>The same, but null is valid (optional ids, dates, version numbers).</summary>
        NullableValue,
    }

    private static readonly (string Name, byte[] Raw)[] Values =
    [
        ("unterminated object", Utf8("{")),
        ("lone bracket", Utf8("[")),
        ("bare word", Utf8("tru")),
        ("single quotes", Utf8("'x'")),
        ("NaN", Utf8("NaN")),
        ("Infinity", Utf8("Infinity")),
        ("-Infinity", Utf8("-Infinity")),
        ("plus sign", Utf8("+1")),
        ("leading zero", Utf8("01")),
        ("hex", Utf8("0x10")),
        ("unterminated string", Utf8("\"abc")),
        ("escaped control character", Utf8("\"a\\u0001b\"")),
        ("escaped NUL", Utf8("\"\\u0000\"")),
        ("lone high surrogate", Utf8("\"\\ud800\"")),
        ("lone low surrogate", Utf8("\"x\\udfff\"")),
        ("non-character U+FFFF", Utf8("\"\\uffff\"")),
        ("raw control byte", [(byte)'"', (byte)'a', 0x01, (byte)'b', (byte)'"']),
        ("UTF-8 encoded surrogate", [(byte)'"', 0xED, 0xA0, 0x80, (byte)'"']),
        ("invalid UTF-8", [(byte)'"', 0xC3, 0x28, (byte)'"']),
        ("1e400", Utf8("1e400")),
        ("-1e400", Utf8("-1e400")),
        ("beyond decimal", Utf8("79228162514264337593543950336")),
        ("1e20", Utf8("1e20")),
        ("-1e20", Utf8("-1e20")),
        ("beyond long", Utf8("9223372036854775808")),
        ("text", Utf8("\"text\"")),
        ("number", Utf8("12")),
        ("true", Utf8("true")),
        ("object", Utf8("{}")),
        ("array", Utf8("[]")),
        ("array of null", Utf8("[null]")),
        ("array of number", Utf8("[1]")),
        ("null", Utf8("null")),
        ("arrays 100 deep", Utf8(new string('[', 100) + new string(']', 100))),
        ("arrays 5000 deep", Utf8(new string('[', 5000) + new string(']', 5000))),
        ("objects 100 deep", Utf8(string.Concat(Enumerable.Repeat("{\"a\":", 100)) + "1" + new string('}', 100))),
    ];

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static bool IsValidFor(Shape shape, string value) => (shape, value) switch
    {
        (Shape.Text, "text") => true,
        (Shape.NullableText, "text" or "null") => true,
        (Shape.Number, "number") => true,
        (Shape.NullableNumber, "number" or "null") => true,
        (Shape.Array, "array") => true,
        (Shape.NullableArray, "array" or "null") => true,
        (Shape.Object, "object") => true,
        (Shape.NullableObject, "object" or "null") => true,
        (Shape.NullableValue, "null") => true,
        _ => false,
    };

    /// <summary>Report-content fields (relative to the content object) and what they are.</summary>
    private static readonly (string Path, Shape Shape)[] ContentFields =
    [
        ("", Shape.Object),
        ("basic", Shape.Object),
        ("basic.projectName", Shape.Text),
        ("basic.year", Shape.Number),
        ("basic.evaluationType", Shape.Enum),
        ("basic.reportDate", Shape.NullableValue),
        ("funding", Shape.Object),
        ("funding.planned", Shape.Object),
        ("funding.planned.central", Shape.NullableNumber),
        ("expenditure", Shape.Object),
        ("expenditure.lines", Shape.Array),
        ("expenditure.lines[0]", Shape.Object),
        ("expenditure.lines[0].actual", Shape.NullableNumber),
        ("goals", Shape.Array),
        ("indicators", Shape.Array),
        ("indicators[0]", Shape.Object),
        ("indicators[0].level3", Shape.Text),
        // NullableNumber: once IndicatorRow.Points is decimal?, a blank (null) is valid there.
        ("indicators[0].points", Shape.NullableNumber),
        ("indicators[0].selfScore", Shape.NullableNumber),
        ("assessments", Shape.Array),
        ("statedTotalScore", Shape.NullableNumber),
        ("evaluators", Shape.Array),
        ("signOffs", Shape.Object),
        ("signOffs.evaluationLeader", Shape.Object),
        ("preparer", Shape.Object),
        ("narrative", Shape.Object),
        ("department", Shape.NullableObject),
    ];

    private sealed record Target(string Name, HttpMethod Method, string Url, JsonNode? Template, (string Path, Shape Shape)[] Fields, bool MustRefuse,
        HttpClient Client, string? IfMatch = null);

    [Fact]
    public async Task Post_MalformedBodiesToEveryEndpoint_No5xxAndNothingStoredChanges()
    {
        var preparer = await factory.ClientForAsync("preparer");
        var admin = await factory.ClientForAsync("financeadmin");
        var leaving = await factory.ClientForAsync("deptreviewer");
        var content = JsonSerializer.SerializeToNode(ReportSamples.Project("模糊测试"), ApiJson.Options)!.AsObject();
        var reportId = (await (await preparer.PostJsonAsync("/api/reports", new { kind = "project", content })).ReadNodeAsync())["summary"]!["id"]!.GetValue<Guid>();
        var benign = HostileRuleSets.Node(HostileRuleSets.Benign, inMetadata: false, "fuzz-draft");
        Assert.Equal(HttpStatusCode.Created, (await admin.PostJsonAsync("/api/rule-sets/fuzz-draft/drafts", new { json = benign })).StatusCode);
        var unitId = await RoundsTestSupport.OrgIdAsync(factory, "UNIT-SI");
        var round = await (await admin.PostJsonAsync("/api/rounds", new
        {
            name = "模糊测试任务", kind = "project", deadline = RoundsTestSupport.Today(factory).AddDays(30), warningDays = 7,
            units = new[] { new { orgId = unitId, projects = new[] { "模糊测试项目" } } },
        })).ReadNodeAsync();
        var roundId = round["detail"]!["round"]!["id"]!.GetValue<Guid>();
        var workflow = await (await admin.GetAsync(new Uri("/api/workflows/project-approval", UriKind.Relative))).ReadNodeAsync();
        var before = await StoredState.EverythingAsync(factory);

        (string, Shape)[] Prefixed(string prefix) => [.. ContentFields.Select(f => (f.Path.Length == 0 ? prefix : $"{prefix}.{f.Path}", f.Shape))];
        var unknown = Guid.NewGuid();
        var targets = new List<Target>
        {
            new("login", HttpMethod.Post, "/api/auth/login", Obj(new { userName = "fuzz-nobody", password = "wrong-password" }),
                [("userName", Shape.Text), ("password", Shape.Text)], true, factory.CreateClient()),
            new("create report", HttpMethod.Post, "/api/reports", Obj(new { kind = "project", content }),
                [("kind", Shape.Enum), ("roundId", Shape.NullableValue), ("orgId", Shape.NullableValue), .. Prefixed("content")], true, preparer),
            new("update report", HttpMethod.Put, $"/api/reports/{reportId}", Obj(new { version = 1, content }),
                [("version", Shape.Enum), .. Prefixed("content")], true, preparer),
            new("update section", HttpMethod.Put, $"/api/reports/{reportId}/sections/indicators", Obj(new { version = 1, value = content["indicators"] }),
                [("version", Shape.Enum), ("value", Shape.Array), ("value[0]", Shape.Object), ("value[0].points", Shape.NullableNumber), ("value[0].level3", Shape.Text)], true, preparer),
            new("update basic section", HttpMethod.Put, $"/api/reports/{reportId}/sections/basic", Obj(new { version = 1, value = content["basic"] }),
                [("value", Shape.Object), ("value.projectName", Shape.Text), ("value.year", Shape.Number)], true, preparer),
            new("preview score", HttpMethod.Post, "/api/reports/score/preview", Obj(new { kind = "project", content }),
                [("kind", Shape.Enum), ("weights", Shape.NullableArray), ("ruleSetId", Shape.NullableText), .. Prefixed("content")], true, preparer),
            new("score report", HttpMethod.Post, $"/api/reports/{reportId}/score", null, [], false, preparer),
            new("fire action", HttpMethod.Post, $"/api/reports/{reportId}/actions/submit", Obj(new { comment = "提交", version = 999 }),
                [("comment", Shape.NullableText), ("version", Shape.Enum), ("score", Shape.Enum)], true, preparer, IfMatch: "\"999\""),
            new("import rule set", HttpMethod.Post, "/api/rule-sets/fuzz-import/drafts", Obj(new { json = benign }),
                [("json", Shape.Object), ("fromVersion", Shape.NullableValue), ("json.WorkflowName", Shape.Text), ("json.Rules", Shape.Array), ("json.Rules[1]", Shape.Object),
                 ("json.Rules[1].Properties.points", Shape.Enum), ("json.Rules[1].Actions.OnSuccess.Context.Expression", Shape.Text)], true, admin),
            new("copy rule set", HttpMethod.Post, "/api/rule-sets/fuzz-draft/drafts", Obj(new { fromVersion = 1 }), [("fromVersion", Shape.Enum)], true, admin),
            new("import rule-set file", HttpMethod.Post, "/api/rule-sets/fuzz-import/drafts", benign.DeepClone(),
                [("WorkflowName", Shape.Text), ("Rules", Shape.Array), ("Rules[1].Properties.points", Shape.Enum)], true, admin),
            new("save draft", HttpMethod.Put, "/api/rule-sets/fuzz-draft/versions/1", Obj(new { json = benign, revision = 1 }),
                // Drafts are lenient (problems are listed, not refused) and WorkflowName is set from the URL: only unreadable text is posted.
                [("json", Shape.Object), ("revision", Shape.Enum), ("json.Rules", Shape.Enum), ("json.Rules[1].Properties.level3", Shape.NullableText)], true, admin),
            new("validate rule set", HttpMethod.Post, "/api/rule-sets/validate", benign.DeepClone(),
                [("WorkflowName", Shape.Text), ("Rules", Shape.Array), ("Rules[0]", Shape.Object), ("Rules[1].Properties.points", Shape.Enum)], false, admin),
            new("publish rule set", HttpMethod.Post, "/api/rule-sets/fuzz-draft/versions/1/publish", Obj(new { note = "发布" }), [("note", Shape.Text)], true, admin),
            new("retire rule set", HttpMethod.Post, "/api/rule-sets/fuzz-draft/versions/1/retire", Obj(new { note = "停用" }), [("note", Shape.NullableText)], true, admin),
            new("open round", HttpMethod.Post, "/api/rounds", Obj(new
                {
                    name = "模糊测试任务二", kind = "project", deadline = "2030-01-31", warningDays = 7, level1Weights = (decimal[]?)null,
                    units = new[] { new { orgId = unitId, projects = new[] { "模糊测试项目二" } } },
                }),
                [("name", Shape.Text), ("kind", Shape.Enum), ("deadline", Shape.Enum), ("warningDays", Shape.Number), ("year", Shape.NullableNumber),
                 ("level1Weights", Shape.NullableArray), ("units", Shape.Array), ("units[0]", Shape.Object), ("units[0].orgId", Shape.Enum),
                 ("units[0].projects", Shape.Array)], true, admin),
            new("change deadline", HttpMethod.Put, $"/api/rounds/{roundId}/deadline", Obj(new { deadline = "2030-02-28", warningDays = 9 }),
                [("deadline", Shape.Enum), ("warningDays", Shape.NullableNumber)], true, admin),
            new("close round", HttpMethod.Post, $"/api/rounds/{unknown}/close", null, [], false, admin),
            new("publish workflow version", HttpMethod.Post, "/api/workflows/project-approval/versions?publish=false", workflow.DeepClone(),
                [("name", Shape.Text), ("stages", Shape.Array), ("stages[0]", Shape.Object), ("stages[0].code", Shape.Text), ("stages[0].actions", Shape.Array),
                 ("stages[0].actions[0]", Shape.Object), ("stages[0].dueDays", Shape.NullableNumber), ("reportKind", Shape.Enum)], true, admin),
            new("publish workflow draft", HttpMethod.Post, "/api/workflows/project-approval/versions/999/publish", null, [], false, admin),
            new("mark reminder read", HttpMethod.Post, $"/api/reminders/{unknown}/read", null, [], false, preparer),
            new("logout", HttpMethod.Post, "/api/auth/logout", null, [], false, leaving),
        };

        var failures = new List<string>();
        var sent = 0;
        foreach (var target in targets)
        {
            foreach (var (name, body) in Bodies(target))
            {
                sent++;
                var response = await SendAsync(target, body);
                var status = (int)response.StatusCode;
                if (status >= 500 || (target.MustRefuse && status < 400))
                {
                    failures.Add($"{target.Name} — {name}: {status} {Short(await response.Content.ReadAsStringAsync())}");
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {sent} requests:\n" + string.Join("\n", failures));
        Assert.Equal(before, await StoredState.EverythingAsync(factory));
        Assert.Equal("Healthy", await admin.GetStringAsync(new Uri("/health", UriKind.Relative)));
    }

    private static JsonNode Obj(object value) => JsonSerializer.SerializeToNode(value, ApiJson.Options)!;

    private static string Short(string text) => text.Length <= 300 ? text : text[..300] + "…";

    /// <summary>Whole-body mutations for every endpoint, then each field with every value invalid for its shape.</summary>
    private static IEnumerable<(string Name, byte[] Body)> Bodies(Target target)
    {
        yield return ("empty body", []);
        yield return ("5 MB string", Utf8("{\"x\":\"" + new string('x', 5 * 1024 * 1024) + "\"}"));
        yield return ("body: byte-order mark and garbage", [0xEF, 0xBB, 0xBF, (byte)'{', (byte)'x']);
        foreach (var (name, raw) in Values.Where(v => v.Name is not "object" and not "text" and not "number" and not "true"))
        {
            yield return ($"body: {name}", raw);
        }

        if (target.Template is not { } template)
        {
            yield break;
        }

        if (template is JsonObject o && o.Count > 0)
        {
            // Duplicate keys: the first member twice (with its own value), and a trailing value after the document.
            var first = o.First();
            var text = template.ToJsonString();
            yield return ("duplicate key", Utf8("{" + JsonSerializer.Serialize(first.Key) + ":" + (first.Value?.ToJsonString() ?? "null") + "," + text[1..]));
            yield return ("trailing garbage", Utf8(text + " x"));
            yield return ("two documents", Utf8(text + text));
        }

        foreach (var (path, shape) in target.Fields)
        {
            foreach (var (name, raw) in Values.Where(v => !IsValidFor(shape, v.Name)))
            {
                yield return ($"{path}: {name}", Replace(template, path, raw));
            }
        }
    }

    /// <summary>The template's bytes with the value at <paramref name="path"/> replaced by raw bytes (which may not be JSON at all).</summary>
    private static byte[] Replace(JsonNode template, string path, byte[] raw)
    {
        var copy = template.DeepClone();
        SetAt(copy, path, JsonValue.Create(Token));
        var text = copy.ToJsonString();
        var marker = "\"" + Token + "\"";
        var at = text.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(at >= 0, $"token not found for {path}");
        return [.. Utf8(text[..at]), .. raw, .. Utf8(text[(at + marker.Length)..])];
    }

    private static void SetAt(JsonNode root, string path, JsonNode value)
    {
        var segments = path.Replace("[", ".[", StringComparison.Ordinal).Split('.', StringSplitOptions.RemoveEmptyEntries);
        var node = root;
        for (var n = 0; n < segments.Length - 1; n++)
        {
            node = Child(node, segments[n]) ?? throw new InvalidOperationException($"no {segments[n]} in {path}");
        }

        var last = segments[^1];
        if (last.StartsWith('['))
        {
            node.AsArray()[int.Parse(last[1..^1], System.Globalization.CultureInfo.InvariantCulture)] = value;
        }
        else
        {
            node.AsObject()[last] = value;
        }
    }

    private static JsonNode? Child(JsonNode node, string segment) => segment.StartsWith('[')
        ? node.AsArray()[int.Parse(segment[1..^1], System.Globalization.CultureInfo.InvariantCulture)]
        : node.AsObject()[segment];

    private static async Task<HttpResponseMessage> SendAsync(Target target, byte[] body)
    {
        using var request = new HttpRequestMessage(target.Method, target.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (target.IfMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", target.IfMatch);
        }

        return await target.Client.SendAsync(request);
    }
}
