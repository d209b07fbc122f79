using PerfEval.Host.Features.Workflow.Batch;

namespace PerfEval.Host.Features.Workflow;

/// <summary>Body of <c>POST /api/reports/{id}/actions/{action}</c>; the version may come here or in If-Match.</summary>
public sealed class FireActionRequest
{
    /// <summary>The opinion (意见); required for a return and a rescore.</summary>
    public string? Comment { get; init; }

    /// <summary>The report version the caller saw (optional; else If-Match; else not checked).</summary>
    public int? Version { get; init; }

    /// <summary>The reviewed score, for <c>rescore</c> only.</summary>
    public decimal? Score { get; init; }

    /// <summary>代理审批: the login of the principal a delegate acts for.</summary>
    public string? OnBehalfOf { get; init; }
}

/// <summary>Body of <c>POST /api/inbox/batch</c>.</summary>
public sealed class BatchRequest
{
    /// <summary>The action for every report (<c>approve</c>, <c>return</c>…).</summary>
    public string? Action { get; init; }

    /// <summary>One opinion for all (an item's own comment wins).</summary>
    public string? Comment { get; init; }

    /// <summary>The reports: id, the version seen, an own comment, the principal for a delegate.</summary>
    public List<BatchItem>? Items { get; init; }
}

/// <summary>Body of <c>POST /api/workflows/{id}/versions/{version}/publish</c> (note required) and <c>…/retire</c> (note optional).</summary>
public sealed class VersionNoteRequest
{
    /// <summary>The change note (publish: what changed and why, at most 2000 characters) or the reason for a retirement.</summary>
    public string? Note { get; init; }
}
