using PerfEval.Host.Features.RuleSets.Impact;

namespace PerfEval.Host.Features.Impact;

/// <summary>Background impact runs: <c>/api/rule-sets/{id}/versions/{v}/impact-runs</c> and <c>/api/impact-runs/{runId}</c>.</summary>
[ApiGroup("/api", "RuleSets")]
public static class ImpactEndpoints
{
    [ApiRoute("POST", "/rule-sets/{id}/versions/{version:int}/impact-runs"), EndpointName("StartImpactRun")]
    [EndpointSummary("FinanceAdmin: start an impact analysis of this version in the background (?roundId= for one round); 202 with the run to poll.")]
    private static async Task<Accepted<ImpactRunInfo>> Start(string id, int version, Guid? roundId, ClaimsPrincipal principal, IMediator mediator, CancellationToken ct)
    {
        var info = await mediator.Send(new StartImpactRun(UserContext.FromPrincipal(principal), id, version, roundId), ct);
        return TypedResults.Accepted($"/api/impact-runs/{info.RunId}", info);
    }

    [ApiRoute("GET", "/impact-runs/{runId:guid}"), EndpointName("GetImpactRun"), EndpointSummary("FinanceAdmin: progress (done/total) of a run; its counts once completed.")]
    private static async Task<Ok<ImpactRunInfo>> Get(Guid runId, ClaimsPrincipal principal, IMediator mediator, CancellationToken ct)
        => TypedResults.Ok(await mediator.Send(new GetImpactRun(UserContext.FromPrincipal(principal), runId), ct));

    [ApiRoute("GET", "/impact-runs/{runId:guid}/items"), EndpointName("GetImpactRunItems")]
    [EndpointSummary("FinanceAdmin: a completed run's reports, paged (page, pageSize ≤ 1000), in title order; changed=true for those that change or cannot be scored.")]
    private static async Task<Ok<Paged<ReportImpact>>> Items(
        Guid runId, ClaimsPrincipal principal, IMediator mediator, CancellationToken ct, bool changed = false, int page = 1, int pageSize = 100)
        => TypedResults.Ok(await mediator.Send(new GetImpactRunItems(UserContext.FromPrincipal(principal), runId, changed, page, pageSize), ct));

    [ApiRoute("DELETE", "/impact-runs/{runId:guid}"), EndpointName("CancelImpactRun"), EndpointSummary("FinanceAdmin: cancel a running analysis.")]
    private static async Task<Ok<ImpactRunInfo>> Cancel(Guid runId, ClaimsPrincipal principal, IMediator mediator, CancellationToken ct)
        => TypedResults.Ok(await mediator.Send(new CancelImpactRun(UserContext.FromPrincipal(principal), runId), ct));
}
