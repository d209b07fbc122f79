using PerfEval.Host.Features.Scoring.Checks;
using PerfEval.Host.Features.Scoring.Preview;
using PerfEval.Host.Features.Scoring.Score;

namespace PerfEval.Host.Features.Scoring;

public static class ScoringEndpoints
{
    public static IEndpointRouteBuilder MapScoringEndpoints(this IEndpointRouteBuilder app)
    {
        var reports = app.MapApiGroup("/api/reports", "Scoring");
        reports.MapPost("/{id:guid}/score", Score).WithName("ScoreReport")
            .WithSummary("Score a stored report with its round's rubric version and weights; stores the score (not for accepted reports).");
        reports.MapPost("/score/preview", Preview).WithName("PreviewScore").WithSummary("Score a posted report without storing it.");
        reports.MapGet("/{id:guid}/checks", Checks).WithName("GetReportChecks").WithSummary("Consistency findings (warnings and errors) of a report.");
        return app;
    }

    private static async Task<Ok<ReportScore>> Score(Guid id, ClaimsPrincipal principal, IMediator mediator, CancellationToken ct)
        => TypedResults.Ok(await mediator.Send(new ScoreReport(UserContext.FromPrincipal(principal), id), ct));

    private static async Task<Ok<ReportScore>> Preview(PreviewRequest request, ClaimsPrincipal principal, IMediator mediator, CancellationToken ct)
        => TypedResults.Ok(await mediator.Send(
            new PreviewScore(UserContext.FromPrincipal(principal), request.Kind, request.Content, request.RuleSetId, request.Version, request.Weights), ct));

    private static async Task<Ok<IReadOnlyList<Finding>>> Checks(Guid id, ClaimsPrincipal principal, IMediator mediator, CancellationToken ct)
        => TypedResults.Ok(await mediator.Send(new GetReportChecks(UserContext.FromPrincipal(principal), id), ct));
}
