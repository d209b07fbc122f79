namespace PerfEval.Host.Features.Review;

/// <summary>Body of <c>PUT /api/reports/{id}/review</c>.</summary>
public sealed class ReviewRequest
{
    /// <summary>The reviewed indicators: key, score (null withdraws), reason (required when the score differs from the computed one).</summary>
    public List<IndicatorScoreInput>? Indicators { get; init; }

    /// <summary>The report version the caller saw (optional; else If-Match).</summary>
    public int? Version { get; init; }
}

/// <summary>Body of <c>PUT /api/reports/{id}/review/annotations</c>.</summary>
public sealed class AnnotationRequest
{
    /// <summary>The notes: key and comment (empty removes).</summary>
    public List<IndicatorNoteInput>? Indicators { get; init; }

    /// <summary>The report version the caller saw (optional; else If-Match).</summary>
    public int? Version { get; init; }
}
