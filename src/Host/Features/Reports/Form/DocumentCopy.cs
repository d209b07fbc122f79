using System.Text.Json.Nodes;

namespace PerfEval.Host.Features.Reports.Form;

/// <summary>Section-by-section comparison of report documents (for stale saves); copies are <see cref="ReportDocument.Clone"/>.</summary>
public static class DocumentCopy
{
    /// <summary>The top-level sections (JSON names) whose content differs between the two documents.</summary>
    public static IReadOnlyList<string> DifferingSections(ReportDocument mine, ReportDocument theirs)
    {
        var a = JsonSerializer.SerializeToNode(mine, JsonDefaults.Options)!.AsObject();
        var b = JsonSerializer.SerializeToNode(theirs, JsonDefaults.Options)!.AsObject();
        return [.. a.Select(p => p.Key).Union(b.Select(p => p.Key))
            .Where(k => !JsonNode.DeepEquals(a[k], b[k]))];
    }
}
