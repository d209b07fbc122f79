namespace PerfEval.Host.Features.Delegations;

/// <summary>Body of <c>POST /api/delegations</c>.</summary>
public sealed class CreateDelegationRequest
{
    /// <summary>Login name of the delegate (same organisation).</summary>
    public string? ToUserName { get; init; }

    /// <summary>First day (bureau calendar, yyyy-MM-dd).</summary>
    public DateOnly? StartDate { get; init; }

    /// <summary>Last day, inclusive.</summary>
    public DateOnly? EndDate { get; init; }
}
