using Microsoft.AspNetCore.Mvc;
using PerfEval.Host.Features.Reports.Create;
using PerfEval.Host.Features.Reports.Delete;
using PerfEval.Host.Features.Reports.Get;
using PerfEval.Host.Features.Reports.List;
using PerfEval.Host.Features.Reports.Update;

namespace PerfEval.Host.Features.Reports;

[ApiGroup("/api/reports", "Reports")]
public static class ReportEndpoints
{
    [ApiRoute("GET", "/"), EndpointName("ListReports"), EndpointSummary("Reports of your organisations, filtered (title: part of the title, any case) and paged.")]
    private static async Task<Ok<Paged<ReportSummary>>> List(
        ClaimsPrincipal principal, IMediator mediator, CancellationToken ct,
        Guid? roundId = null, Guid? orgId = null, string? kind = null, string? stage = null, string? grade = null, int? year = null,
        string? title = null, int page = 1, int pageSize = 20)
    {
        var result = await mediator.Send(
            new ListReports(UserContext.FromPrincipal(principal), new ReportFilter(roundId, orgId, ParseKind(kind), stage, grade, year, title), page, pageSize), ct);
        return TypedResults.Ok(result);
    }

    [ApiRoute("GET", "/{id:guid}"), EndpointName("GetReport"), EndpointSummary("One report with its whole form; the ETag is its version.")]
    private static async Task<Ok<ReportDetail>> Get(Guid id, ClaimsPrincipal principal, IMediator mediator, HttpResponse response, CancellationToken ct)
    {
        var report = await mediator.Send(new GetReport(UserContext.FromPrincipal(principal), id), ct);
        SetETag(response, report);
        return TypedResults.Ok(report);
    }

    [ApiRoute("POST", "/"), EndpointName("CreateReport"), EndpointSummary("Create a draft report.")]
    private static async Task<Created<ReportDetail>> Create(CreateReportRequest request, ClaimsPrincipal principal, IMediator mediator, HttpResponse response, CancellationToken ct)
    {
        var report = await mediator.Send(new CreateReport(UserContext.FromPrincipal(principal), request.Kind, request.OrgId, request.RoundId, request.Content), ct);
        SetETag(response, report);
        return TypedResults.Created($"/api/reports/{report.Summary.Id}", report);
    }

    [ApiRoute("PUT", "/{id:guid}"), EndpointName("UpdateReport"), EndpointSummary("Replace the form of a draft (needs version or If-Match).")]
    private static async Task<Ok<ReportDetail>> Update(
        Guid id, UpdateReportRequest request, ClaimsPrincipal principal, IMediator mediator, HttpResponse response,
        [FromHeader(Name = "If-Match")] string? ifMatch, CancellationToken ct)
    {
        var version = request.Version ?? ETags.Parse(ifMatch) ?? 0;
        var report = await mediator.Send(new UpdateReport(UserContext.FromPrincipal(principal), id, version, request.Content), ct);
        SetETag(response, report);
        return TypedResults.Ok(report);
    }

    [ApiRoute("PUT", "/{id:guid}/sections/{section}"), EndpointName("UpdateReportSection"), EndpointSummary("Replace one section of a draft's form.")]
    private static async Task<Ok<ReportDetail>> UpdateSection(
        Guid id, string section, UpdateSectionRequest request, ClaimsPrincipal principal, IMediator mediator, HttpResponse response,
        [FromHeader(Name = "If-Match")] string? ifMatch, CancellationToken ct)
    {
        var version = request.Version ?? ETags.Parse(ifMatch) ?? 0;
        var report = await mediator.Send(new UpdateReportSection(UserContext.FromPrincipal(principal), id, version, section, request.Value), ct);
        SetETag(response, report);
        return TypedResults.Ok(report);
    }

    [ApiRoute("DELETE", "/{id:guid}"), EndpointName("DeleteReport"), EndpointSummary("Delete a draft report.")]
    private static async Task<NoContent> Delete(
        Guid id, ClaimsPrincipal principal, IMediator mediator, [FromHeader(Name = "If-Match")] string? ifMatch, CancellationToken ct)
    {
        await mediator.Send(new DeleteReport(UserContext.FromPrincipal(principal), id, ETags.Parse(ifMatch)), ct);
        return TypedResults.NoContent();
    }

    /// <summary>Report kinds in query strings, case-insensitive ("project" as in JSON, or "Project").</summary>
    internal static ReportKind? ParseKind(string? kind)
    {
        if (string.IsNullOrWhiteSpace(kind))
        {
            return null;
        }

        return Enum.TryParse<ReportKind>(kind, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : throw new BadInputException("kind", ReportsText.FormatReportEndpointsParseKind(kind));
    }

    internal static void SetETag(HttpResponse response, ReportDetail report) => ETags.Set(response, report.Summary.Version);
}
