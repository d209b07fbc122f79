using PerfEval.Host.Features.Scoring.Checks;
using PerfEval.Host.Features.Scoring.Preview;
using PerfEval.Host.Features.Scoring.Score;

namespace PerfEval.Host.Features.Scoring;

[ApiGroup("/api/reports", "Scoring")]
public static class ScoringEndpoints
{
    [ApiRoute("POST", "/{id:guid}/score"), EndpointName("ScoreReport")]
    [EndpointSummary("Score a stored report with its round's rubric version and weights; stores the score (not for accepted reports).")]
    private static async Task<Ok<ReportScore>> Score(Guid id, ClaimsPrincipal principal, IMediator mediator, CancellationToken ct)
        => TypedResults.Ok(await mediator.Send(new ScoreReport(UserContext.FromPrincipal(principal), id), ct));

    [ApiRoute("POST", "/score/preview"), EndpointName("PreviewScore"), EndpointSummary("Score a posted report without storing it.")]
    private static async Task<Ok<ReportScore>> Preview(PreviewRequest request, ClaimsPrincipal principal, IMediator mediator, CancellationToken ct)
        => TypedResults.Ok(await mediator.Send(
            new PreviewScore(UserContext.FromPrincipal(principal), request.Kind, request.Content, request.RuleSetId, request.Version, request.Weights), ct));

    [ApiRoute("GET", "/{id:guid}/checks"), EndpointName("GetReportChecks"), EndpointSummary("Consistency findings (warnings and errors) of a report.")]
    private static async Task<Ok<IReadOnlyList<Finding>>> Checks(Guid id, ClaimsPrincipal principal, IMediator mediator, CancellationToken ct)
        => TypedResults.Ok(await mediator.Send(new GetReportChecks(UserContext.FromPrincipal(principal), id), ct));
}
