namespace PerfEval.Host.Features.Scoring;

/// <summary>Body of <c>POST /api/reports/score/preview</c>.</summary>
public sealed class PreviewRequest
{
    public required ReportKind Kind { get; init; }

    public required ReportDocument Content { get; init; }

    public string? RuleSetId { get; init; }

    public int? Version { get; init; }

    /// <summary>Level-1 weights in rubric order, e.g. [40,10,40,10] for rubric C.</summary>
    public IReadOnlyList<decimal>? Weights { get; init; }
}
