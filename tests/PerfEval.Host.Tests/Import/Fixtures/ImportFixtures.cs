using System.Text.Json;
using System.Text.Json.Nodes;
using PerfEval.Host.Features.Import;
using PerfEval.Host.Features.Import.Recognition;
using PerfEval.Host.Features.Import.Source;
using PerfEval.Host.Infrastructure;
using PerfEval.Rules.Model;

namespace PerfEval.Host.Tests.Import.Fixtures;

/// <summary>The seed reports (their pasted text in samples/import, their hand-entered JSON in samples/seeds) and helpers to import them.</summary>
internal static class ImportFixtures
{
    public const string Yueyanglou = "yueyanglou-2017-project-network-platform";
    public const string Hechi = "hechi-2020-project-network-maintenance";
    public const string Changan = "changan-2019-project-online-service";

    public static readonly string[] Seeds = [Yueyanglou, Hechi, Changan];

    public static string Root { get; } = FindRoot();

    public static byte[] SeedText(string seed) => File.ReadAllBytes(Path.Combine(Root, "samples", "import", seed + ".txt"));

    /// <summary>The seed's .docx fixture: its text's paragraphs and tables written with the OpenXML SDK.</summary>
    public static byte[] SeedDocx(string seed) => SourceDocxWriter.Write(ImportFile.ReadText(SeedText(seed)));

    public static (ReportKind Kind, ReportDocument Content) Sample(string relativePath)
    {
        var node = JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "samples", relativePath)))!.AsObject();
        var kind = node["kind"]!.Deserialize<ReportKind>(JsonDefaults.Options);
        return (kind, node["content"]!.Deserialize<ReportDocument>(JsonDefaults.Options)!);
    }

    public static ImportPreview ImportBytes(byte[] bytes, string name, ReportKind? kind = null)
    {
        var (document, _) = ImportFile.ReadReport(bytes, name);
        return ReportRecogniser.Recognise(document, kind);
    }

    public static string Json(object value) => JsonSerializer.Serialize(value, JsonDefaults.Options);

    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A JSON value as a person reads it (Chinese unescaped), for test output.</summary>
    public static string Show(JsonNode? node) => node?.ToJsonString(Readable) ?? "null";

    /// <summary>Every leaf of a report's JSON (computed members left out) by its path: funding.planned.total, indicators[3].points …</summary>
    public static Dictionary<string, JsonNode?> Leaves(ReportDocument content)
    {
        var leaves = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        Walk(JsonSerializer.SerializeToNode(content, JsonDefaults.Options), "", leaves);
        return leaves;
    }

    private static readonly HashSet<string> Computed = ["isBlank", "amount", "sumOfSources", "totalOrSum"];

    private static void Walk(JsonNode? node, string path, Dictionary<string, JsonNode?> leaves)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    if (Computed.Contains(key) || (path == "funding" && key == "unit"))
                    {
                        continue;
                    }

                    Walk(value, path.Length == 0 ? key : $"{path}.{key}", leaves);
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    Walk(a[i], $"{path}[{i}]", leaves);
                }

                break;
            default:
                leaves[path] = node;
                break;
        }
    }

    private static string FindRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "PerfEval.sln")))
            {
                return d.FullName;
            }
        }

        throw new InvalidOperationException("repository root not found");
    }
}

/// <summary>How an import compares with a hand-entered copy of the same report, field by field.</summary>
internal sealed record Comparison(int NumericFields, int NumericEqual, int IndicatorRows, int IndicatorRowsEqual, IReadOnlyList<string> Differences,
    IReadOnlyList<string> Unexplained)
{
    public decimal NumericShare => NumericFields == 0 ? 1m : (decimal)NumericEqual / NumericFields;

    /// <summary>Compares every leaf; a difference is explained when a note names that field or a field above it.</summary>
    public static Comparison Of(ImportPreview imported, ReportDocument expected)
    {
        var got = ImportFixtures.Leaves(imported.Content);
        var want = ImportFixtures.Leaves(expected);
        int numeric = 0, numericEqual = 0;
        var differences = new List<string>();
        var unexplained = new List<string>();
        foreach (var path in want.Keys.Union(got.Keys).Order(StringComparer.Ordinal))
        {
            var a = got.GetValueOrDefault(path);
            var b = want.GetValueOrDefault(path);
            var isNumber = IsNumber(a) || IsNumber(b);
            var same = JsonNode.DeepEquals(a, b);
            if (isNumber)
            {
                numeric++;
                numericEqual += same ? 1 : 0;
            }

            if (!same)
            {
                differences.Add($"{path}: imported {ImportFixtures.Show(a)}, sample {ImportFixtures.Show(b)}");
                if (!imported.Notes.Any(n => path == n.Field || path.StartsWith(n.Field + ".", StringComparison.Ordinal) || path.StartsWith(n.Field + "[", StringComparison.Ordinal)))
                {
                    unexplained.Add(differences[^1]);
                }
            }
        }

        var rows = expected.Indicators.Count;
        var rowsEqual = Enumerable.Range(0, rows).Count(i => i < imported.Content.Indicators.Count
            && ImportFixtures.Json(imported.Content.Indicators[i]) == ImportFixtures.Json(expected.Indicators[i]));
        return new Comparison(numeric, numericEqual, rows, rowsEqual, differences, unexplained);
    }

    private static bool IsNumber(JsonNode? node) => node is JsonValue v && v.GetValueKind() == JsonValueKind.Number;
}
