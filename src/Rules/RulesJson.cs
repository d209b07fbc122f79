using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace PerfEval.Rules;

/// <summary>
/// The JSON conventions of report documents and rule-set parameters (camelCase, enums as camelCase names,
/// Chinese kept readable). Mirrors the Host's <c>JsonDefaults</c> so the library and the CLI read the same files.
/// </summary>
public static class RulesJson
{
    /// <summary>Shared options; do not mutate.</summary>
    public static JsonSerializerOptions Options { get; } = Create(indented: false);

    /// <summary>
    /// Same as <see cref="Options"/> but indented and with relaxed escaping (<c>\"</c>, <c>+</c> and Chinese kept as typed),
    /// for files people read such as rule sets. Not for embedding in HTML.
    /// </summary>
    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            Encoder = indented ? JavaScriptEncoder.UnsafeRelaxedJsonEscaping : JavaScriptEncoder.Create(UnicodeRanges.All),
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            NumberHandling = JsonNumberHandling.Strict,
            WriteIndented = indented,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
