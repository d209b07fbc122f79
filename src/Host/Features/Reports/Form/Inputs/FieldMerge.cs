using System.Text.Json.Nodes;

namespace PerfEval.Host.Features.Reports.Form.Inputs;

/// <summary>A field both users changed to different values: the path, their value and mine (as JSON text, for display).</summary>
public sealed record FieldConflict(string Path, string? Theirs, string? Mine);

/// <summary>The merged document (with my value at each conflicting field) and the fields both users changed differently.</summary>
public sealed record MergeResult(ReportDocument Merged, IReadOnlyList<FieldConflict> Conflicts);

/// <summary>
/// Field-level three-way merge of a stale save: from the version the user started from (base), what the user has (mine) and
/// what another user saved meanwhile (theirs). A field only one side changed takes that side's value without asking; a field
/// both changed to different values is a conflict to offer. Objects merge key by key, lists of the same length item by item;
/// a list whose length one side changed (rows added or removed) is one field.
/// </summary>
public static class FieldMerge
{
    /// <summary>Merges <paramref name="mine"/> and <paramref name="theirs"/>, both edited from <paramref name="baseDoc"/>.</summary>
    /// <param name="baseDoc">The version both started from.</param>
    /// <param name="mine">The user's working copy.</param>
    /// <param name="theirs">The version saved meanwhile.</param>
    public static MergeResult Merge(ReportDocument baseDoc, ReportDocument mine, ReportDocument theirs)
    {
        var b = ToNode(baseDoc);
        var m = ToNode(mine);
        var t = ToNode(theirs);
        var conflicts = new List<FieldConflict>();
        var merged = Merge(b, m, t, "", conflicts);
        return new(merged.Deserialize<ReportDocument>(RulesJson.Options)!, conflicts);
    }

    /// <summary>Sets the fields at <paramref name="paths"/> of <paramref name="target"/> to their values in <paramref name="source"/>.</summary>
    /// <param name="target">The document to change (a copy is returned).</param>
    /// <param name="source">Where the values come from.</param>
    /// <param name="paths">Paths as <see cref="FieldConflict.Path"/> gives them.</param>
    public static ReportDocument Take(ReportDocument target, ReportDocument source, IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var t = ToNode(target);
        var s = ToNode(source);
        foreach (var path in paths)
        {
            var segments = Split(path);
            JsonNode? from = s;
            JsonNode? parent = t;
            for (var i = 0; i < segments.Count; i++)
            {
                from = Child(from, segments[i]);
                if (i < segments.Count - 1)
                {
                    parent = Child(parent, segments[i]);
                }
            }

            var last = segments[^1];
            var copy = from?.DeepClone();
            if (parent is JsonObject o)
            {
                o[last] = copy;
            }
            else if (parent is JsonArray a && int.TryParse(last, out var idx) && idx < a.Count)
            {
                a[idx] = copy;
            }
        }

        return t.Deserialize<ReportDocument>(RulesJson.Options)!;
    }

    private static JsonNode ToNode(ReportDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        return JsonSerializer.SerializeToNode(doc, RulesJson.Options)!;
    }

    private static JsonNode? Merge(JsonNode? b, JsonNode? m, JsonNode? t, string path, List<FieldConflict> conflicts)
    {
        if (JsonNode.DeepEquals(m, t) || JsonNode.DeepEquals(b, t))
        {
            return m?.DeepClone();
        }

        if (JsonNode.DeepEquals(b, m))
        {
            return t?.DeepClone();
        }

        if (b is JsonObject bo && m is JsonObject mo && t is JsonObject to)
        {
            var result = new JsonObject();
            foreach (var key in mo.Select(p => p.Key).Union(to.Select(p => p.Key)).Union(bo.Select(p => p.Key)))
            {
                var v = Merge(bo[key], mo[key], to[key], path.Length == 0 ? key : path + "." + key, conflicts);
                if (v is not null || mo.ContainsKey(key) || to.ContainsKey(key))
                {
                    result[key] = v;
                }
            }

            return result;
        }

        if (b is JsonArray ba && m is JsonArray ma && t is JsonArray ta && ba.Count == ma.Count && ma.Count == ta.Count)
        {
            var result = new JsonArray();
            for (var i = 0; i < ma.Count; i++)
            {
                result.Add(Merge(ba[i], ma[i], ta[i], $"{path}[{i}]", conflicts));
            }

            return result;
        }

        conflicts.Add(new(path, t?.ToJsonString(RulesJson.Options), m?.ToJsonString(RulesJson.Options)));
        return m?.DeepClone();
    }

    private static JsonNode? Child(JsonNode? node, string segment) => node switch
    {
        JsonObject o => o[segment],
        JsonArray a when int.TryParse(segment, out var i) && i < a.Count => a[i],
        _ => null,
    };

    private static List<string> Split(string path) =>
        [.. path.Replace("[", ".", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal).Split('.', StringSplitOptions.RemoveEmptyEntries)];
}
