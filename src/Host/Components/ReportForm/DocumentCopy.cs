using System.Text.Json;
using System.Text.Json.Nodes;
using PerfEval.Host.Infrastructure;
using PerfEval.Rules.Model;

namespace PerfEval.Host.Components.ReportForm;

/// <summary>Deep copies and section-by-section comparison of report documents (for the working copy and stale saves).</summary>
public static class DocumentCopy
{
    public static ReportDocument Clone(ReportDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        return JsonSerializer.Deserialize<ReportDocument>(JsonSerializer.Serialize(doc, JsonDefaults.Options), JsonDefaults.Options)!;
    }

    /// <summary>The top-level sections (JSON names) whose content differs between the two documents.</summary>
    public static IReadOnlyList<string> DifferingSections(ReportDocument mine, ReportDocument theirs)
    {
        var a = JsonSerializer.SerializeToNode(mine, JsonDefaults.Options)!.AsObject();
        var b = JsonSerializer.SerializeToNode(theirs, JsonDefaults.Options)!.AsObject();
        return [.. a.Select(p => p.Key).Union(b.Select(p => p.Key))
            .Where(k => !JsonNode.DeepEquals(a[k], b[k]))];
    }
}
