using Microsoft.Net.Http.Headers;
using PerfEval.Host.Features.Reports.List;

namespace PerfEval.Host.Features.Export;

[ApiGroup("/api/reports", "Export")]
public static class ExportEndpoints
{
    [ApiRoute("GET", "/{id:guid}/export.docx"), EndpointName("ExportReportDocx"), EndpointSummary("The report as the bureau's Word form (.docx); 404 outside your organisations.")]
    private static async Task<FileContentHttpResult> Docx(Guid id, ClaimsPrincipal principal, IMediator mediator, HttpResponse response, CancellationToken ct)
        => Send(response, await mediator.Send(new ExportReportDocx(UserContext.FromPrincipal(principal), id), ct));

    [ApiRoute("GET", "/export.xlsx"), EndpointName("ExportReportsXlsx"), EndpointSummary("Your reports with the list filters as an Excel workbook: sheet 报告 and sheet 指标.")]
    private static async Task<FileContentHttpResult> Xlsx(
        ClaimsPrincipal principal, IMediator mediator, HttpResponse response, CancellationToken ct,
        Guid? roundId = null, Guid? orgId = null, string? kind = null, string? stage = null, string? grade = null, int? year = null,
        string? title = null)
    {
        // The kind as the report list reads it ("project" as in JSON, or "Project").
        var filter = new ReportFilter(roundId, orgId, Reports.ReportEndpoints.ParseKind(kind), stage, grade, year, title);
        return Send(response, await mediator.Send(new ExportReportsXlsx(UserContext.FromPrincipal(principal), filter), ct));
    }

    /// <summary>Chinese file name in filename* (RFC 5987/6266) with an ASCII name for clients that ignore it.</summary>
    private static FileContentHttpResult Send(HttpResponse response, ExportFile file)
    {
        var disposition = new ContentDispositionHeaderValue("attachment") { FileName = file.AsciiFileName, FileNameStar = file.FileName };
        response.Headers.ContentDisposition = disposition.ToString();
        return TypedResults.File(file.Content, file.ContentType);
    }
}
