using PerfEval.Host.Features.RuleSets.Impact;

namespace PerfEval.Host.Features.Impact;

/// <summary>Background impact runs: <c>/api/rule-sets/{id}/versions/{v}/impact-runs</c> and <c>/api/impact-runs/{runId}</c>.</summary>
public static class ImpactEndpoints
{
    public static IEndpointRouteBuilder MapImpactEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapApiGroup("/api/rule-sets", "RuleSets").MapPost("/{id}/versions/{version:int}/impact-runs", Start)
            .WithName("StartImpactRun")
            .WithSummary("FinanceAdmin: start an impact analysis of this version in the background (?roundId= for one round); 202 with the run to poll.");
        var runs = app.MapApiGroup("/api/impact-runs", "RuleSets");
        runs.MapGet("/{runId:guid}", Get).WithName("GetImpactRun")
            .WithSummary("FinanceAdmin: progress (done/total) of a run; its counts once completed.");
        runs.MapGet("/{runId:guid}/items", Items).WithName("GetImpactRunItems")
            .WithSummary("FinanceAdmin: a completed run's reports, paged (page, pageSize ≤ 1000), in title order; changed=true for those that change or cannot be scored.");
        runs.MapDelete("/{runId:guid}", Cancel).WithName("CancelImpactRun").WithSummary("FinanceAdmin: cancel a running analysis.");
        return app;
    }

    private static async Task<Accepted<ImpactRunInfo>> Start(string id, int version, Guid? roundId, ClaimsPrincipal principal, IMediator mediator, CancellationToken ct)
    {
        var info = await mediator.Send(new StartImpactRun(UserContext.FromPrincipal(principal), id, version, roundId), ct);
        return TypedResults.Accepted($"/api/impact-runs/{info.RunId}", info);
    }

    private static async Task<Ok<ImpactRunInfo>> Get(Guid runId, ClaimsPrincipal principal, IMediator mediator, CancellationToken ct)
        => TypedResults.Ok(await mediator.Send(new GetImpactRun(UserContext.FromPrincipal(principal), runId), ct));

    private static async Task<Ok<Paged<ReportImpact>>> Items(
        Guid runId, ClaimsPrincipal principal, IMediator mediator, CancellationToken ct, bool changed = false, int page = 1, int pageSize = 100)
        => TypedResults.Ok(await mediator.Send(new GetImpactRunItems(UserContext.FromPrincipal(principal), runId, changed, page, pageSize), ct));

    private static async Task<Ok<ImpactRunInfo>> Cancel(Guid runId, ClaimsPrincipal principal, IMediator mediator, CancellationToken ct)
        => TypedResults.Ok(await mediator.Send(new CancelImpactRun(UserContext.FromPrincipal(principal), runId), ct));
}
