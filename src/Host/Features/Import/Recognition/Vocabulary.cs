using System.Collections.Concurrent;

namespace PerfEval.Host.Features.Import.Recognition;

/// <summary>
/// The label variants the recogniser knows (<c>labels.json</c>, embedded): per field the ways bureaus write its label.
/// Data, not code — a new wording is a line in the file.
/// </summary>
internal sealed class Vocabulary
{
    private readonly JsonElement _root;
    private readonly ConcurrentDictionary<string, LabelSet> _sets = new(StringComparer.Ordinal);

    private Vocabulary(JsonElement root) => _root = root;

    /// <summary>The shipped vocabulary.</summary>
    public static Vocabulary Default { get; } = Load();

    /// <summary>The label set at a path, e.g. <c>Set("fields", "projectName")</c>.</summary>
    public LabelSet Set(params string[] path) =>
        _sets.GetOrAdd(string.Join('/', path), _ => new LabelSet(Element(path).EnumerateArray().Select(e => e.GetString() ?? "")));

    /// <summary>The named label sets under a path (an object of arrays), in file order.</summary>
    public IReadOnlyList<(string Name, LabelSet Set)> Sets(params string[] path) =>
        [.. Element(path).EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Array).Select(p => (p.Name, Set([.. path, p.Name])))];

    /// <summary>A text value (regular expressions).</summary>
    public string Text(params string[] path) => Element(path).GetString() ?? "";

    /// <summary>The raw strings of a list (e.g. tick marks).</summary>
    public IReadOnlyList<string> Strings(params string[] path) => [.. Element(path).EnumerateArray().Select(e => e.GetString() ?? "")];

    private JsonElement Element(string[] path)
    {
        var e = _root;
        foreach (var p in path)
        {
            e = e.GetProperty(p);
        }

        return e;
    }

    private static Vocabulary Load()
    {
        using var stream = typeof(Vocabulary).Assembly.GetManifestResourceStream("PerfEval.Import.labels.json")
            ?? throw new InvalidOperationException("embedded resource PerfEval.Import.labels.json is missing");
        using var doc = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        return new Vocabulary(doc.RootElement.Clone());
    }
}

/// <summary>One variant of a label: its normalised key, as written in the vocabulary, and whether using it is a judgment call.</summary>
internal sealed record LabelVariant(string Key, string Written, bool Judged);

/// <summary>The variants of one label.</summary>
internal sealed class LabelSet
{
    private readonly Dictionary<string, LabelVariant> _byKey = new(StringComparer.Ordinal);

    public LabelSet(IEnumerable<string> variants)
    {
        foreach (var v in variants)
        {
            var judged = v.StartsWith('~');
            var written = judged ? v[1..] : v;
            var key = Labels.Key(written).Key;
            if (key.Length > 0)
            {
                _byKey.TryAdd(key, new LabelVariant(key, written, judged));
            }
        }

        Variants = [.. _byKey.Values.OrderByDescending(v => v.Key.Length)];
    }

    /// <summary>Longest first.</summary>
    public IReadOnlyList<LabelVariant> Variants { get; }

    /// <summary>The variant a label is (whole label, after normalising; also without a trailing parenthetical such as （签字））.</summary>
    public LabelVariant? Match(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return null;
        }

        var key = Labels.Key(label).Key;
        if (_byKey.TryGetValue(key, out var v))
        {
            return v;
        }

        var bare = Labels.WithoutTrailingParenthetical(key);
        return bare != key && _byKey.TryGetValue(bare, out v) ? v : null;
    }

    /// <summary>Whether <paramref name="label"/> is one of the variants.</summary>
    public bool Is(string? label) => Match(label) is not null;

    /// <summary>The longest variant contained in <paramref name="text"/> (normalised), if any.</summary>
    public LabelVariant? FindIn(string? text)
    {
        var key = TextKey.Of(text);
        return key.Length == 0 ? null : Variants.FirstOrDefault(v => key.Contains(v.Key, StringComparison.Ordinal));
    }

    /// <summary>The variant a text starts with (longest first), e.g. "填报人（签名）：楚青" starts with 填报人.</summary>
    public LabelVariant? StartOf(string? text)
    {
        var key = TextKey.Of(text);
        if (key.StartsWith("其中:", StringComparison.Ordinal))
        {
            key = key[3..];
        }

        return key.Length == 0 ? null : Variants.FirstOrDefault(v => key.StartsWith(v.Key, StringComparison.Ordinal));
    }
}

/// <summary>How labels are compared: spaces, quote styles, full/half width, a trailing colon, 其中 and unit suffixes do not count.</summary>
internal static partial class Labels
{
    /// <summary>The comparison key of a label and the money unit its suffix names (（万元）, （单位：元）), if any.</summary>
    public static (string Key, string? Unit) Key(string? label)
    {
        var key = TextKey.Of(label).TrimStart('*', '★', '※');
        string? unit = null;
        for (var pass = 0; pass < 2; pass++)
        {
            key = key.TrimEnd(':', '：', '.', '。');
            if (key.StartsWith("其中:", StringComparison.Ordinal))
            {
                key = key[3..];
            }
            else if (key.StartsWith("其中", StringComparison.Ordinal) && key.Length > 2)
            {
                key = key[2..];
            }

            var m = UnitSuffix().Match(key);
            if (m.Success && m.Index > 0)
            {
                unit ??= m.Groups[1].Value;
                key = key[..m.Index];
            }
        }

        return (key.TrimEnd(':'), unit);
    }

    /// <summary>"评价组组长(签字)" → "评价组组长" (a normalised key).</summary>
    public static string WithoutTrailingParenthetical(string key)
    {
        var m = TrailingParenthetical().Match(key);
        return m.Success && m.Index > 0 ? key[..m.Index].TrimEnd(':') : key;
    }

    /// <summary>Removes white space between two CJK characters (贺  洪 → 贺洪, 1、 现 → 1、现); keeps it between Latin words and digits.</summary>
    public static string TightenCjk(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }

        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) && c != '\n')
            {
                var j = i;
                while (j < text.Length && char.IsWhiteSpace(text[j]) && text[j] != '\n')
                {
                    j++;
                }

                var before = sb.Length > 0 ? sb[^1] : '\0';
                var after = j < text.Length ? text[j] : '\0';
                if (!(IsWide(before) && IsWide(after)))
                {
                    sb.Append(text, i, j - i);
                }

                i = j - 1;
                continue;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>A CJK character or full-width punctuation.</summary>
    public static bool IsWide(char c) => c >= '\u2E80' && c != '\uFEFF' && !char.IsWhiteSpace(c) && !char.IsSurrogate(c) || c is '（' or '）';

    [GeneratedRegex(@"\((?:单位:?)?(万元|元|千元|亿元|人|%|个|分|户|次)\)$")]
    private static partial Regex UnitSuffix();

    [GeneratedRegex(@"\([^()]*\)$")]
    private static partial Regex TrailingParenthetical();
}
