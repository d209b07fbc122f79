using Microsoft.AspNetCore.Mvc;

namespace PerfEval.Host.Features.Review;

[ApiGroup("/api/reports/{id:guid}/review", "Review")]
public static class ReviewEndpoints
{
    [ApiRoute("GET", "/"), EndpointName("GetReportReview"), EndpointSummary("The indicator review (复核): self-score, computed and reviewed score per indicator, totals and grades, department notes.")]
    private static async Task<Ok<ReportReviewDto>> Get(Guid id, ClaimsPrincipal principal, IMediator mediator, CancellationToken ct)
        => TypedResults.Ok(await mediator.Send(new GetReportReview(UserContext.FromPrincipal(principal), id), ct));

    [ApiRoute("PUT", "/"), EndpointName("ReviewIndicators")]
    [EndpointSummary("FinanceReviewer at 财政局审核: set reviewed indicator scores with reasons; the reviewed total and grade follow; history records the changes.")]
    private static Task<Ok<ReportReviewDto>> Put(
        Guid id, ReviewRequest request, ClaimsPrincipal principal, IMediator mediator, HttpResponse response,
        [FromHeader(Name = "If-Match")] string? ifMatch, CancellationToken ct)
        => ChangeAsync(mediator, response, new ReviewIndicators(UserContext.FromPrincipal(principal), id, request.Indicators ?? [], request.Version ?? ETags.Parse(ifMatch)), ct);

    [ApiRoute("PUT", "/annotations"), EndpointName("AnnotateIndicators"), EndpointSummary("DepartmentReviewer at 主管部门审批: notes (批注) on indicators, no score.")]
    private static Task<Ok<ReportReviewDto>> Annotate(
        Guid id, AnnotationRequest request, ClaimsPrincipal principal, IMediator mediator, HttpResponse response,
        [FromHeader(Name = "If-Match")] string? ifMatch, CancellationToken ct)
        => ChangeAsync(mediator, response, new AnnotateIndicators(UserContext.FromPrincipal(principal), id, request.Indicators ?? [], request.Version ?? ETags.Parse(ifMatch)), ct);

    /// <summary>Sends a change of the review; answers the review with its new version as the ETag (the next change's If-Match).</summary>
    private static async Task<Ok<ReportReviewDto>> ChangeAsync(IMediator mediator, HttpResponse response, ICommand<ReportReviewDto> change, CancellationToken ct)
    {
        var review = await mediator.Send(change, ct);
        ETags.Set(response, review.Version);
        return TypedResults.Ok(review);
    }
}
