using Microsoft.AspNetCore.Mvc;

namespace PerfEval.Host.Features.Review;

public static class ReviewEndpoints
{
    public static IEndpointRouteBuilder MapReviewEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapApiGroup("/api/reports/{id:guid}/review", "Review");
        group.MapGet("/", Get).WithName("GetReportReview")
            .WithSummary("The indicator review (复核): self-score, computed and reviewed score per indicator, totals and grades, department notes.");
        group.MapPut("/", Put).WithName("ReviewIndicators")
            .WithSummary("FinanceReviewer at 财政局审核: set reviewed indicator scores with reasons; the reviewed total and grade follow; history records the changes.");
        group.MapPut("/annotations", Annotate).WithName("AnnotateIndicators")
            .WithSummary("DepartmentReviewer at 主管部门审批: notes (批注) on indicators, no score.");
        return app;
    }

    private static async Task<Ok<ReportReviewDto>> Get(Guid id, ClaimsPrincipal principal, IMediator mediator, CancellationToken ct)
        => TypedResults.Ok(await mediator.Send(new GetReportReview(UserContext.FromPrincipal(principal), id), ct));

    private static async Task<Ok<ReportReviewDto>> Put(
        Guid id, ReviewRequest request, ClaimsPrincipal principal, IMediator mediator, HttpResponse response,
        [FromHeader(Name = "If-Match")] string? ifMatch, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var dto = await mediator.Send(
            new ReviewIndicators(UserContext.FromPrincipal(principal), id, request.Indicators ?? [], request.Version ?? ETags.Parse(ifMatch)), ct);
        response.Headers.ETag = $"\"{dto.Version}\"";
        return TypedResults.Ok(dto);
    }

    private static async Task<Ok<ReportReviewDto>> Annotate(
        Guid id, AnnotationRequest request, ClaimsPrincipal principal, IMediator mediator, HttpResponse response,
        [FromHeader(Name = "If-Match")] string? ifMatch, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var dto = await mediator.Send(
            new AnnotateIndicators(UserContext.FromPrincipal(principal), id, request.Indicators ?? [], request.Version ?? ETags.Parse(ifMatch)), ct);
        response.Headers.ETag = $"\"{dto.Version}\"";
        return TypedResults.Ok(dto);
    }
}
