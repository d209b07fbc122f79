using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;
using PerfEval.Host.Features.Attachments.Delete;
using PerfEval.Host.Features.Attachments.Download;
using PerfEval.Host.Features.Attachments.Evidence;
using PerfEval.Host.Features.Attachments.List;
using PerfEval.Host.Features.Attachments.Upload;

namespace PerfEval.Host.Features.Attachments;

/// <summary>Evidence (佐证材料) endpoints under <c>/api/reports/{id}/attachments</c> and the report's evidence requirements.</summary>
[ApiGroup("/api/reports/{id:guid}", "Attachments")]
public static class AttachmentEndpoints
{
    /// <summary>Room for the multipart boundaries and the small fields beside the file.</summary>
    public const long FormOverheadBytes = 64 * 1024;

    /// <summary>The policy of the inline preview: nothing may run or load; images may show themselves, a PDF its viewer.</summary>
    public const string PreviewPolicy = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'; base-uri 'none'; form-action 'none'";

    /// <summary>Images are additionally sandboxed (a PDF's viewer does not open in a sandboxed document).</summary>
    public const string ImagePreviewPolicy = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'; sandbox";

    [ApiRoute("GET", "/attachments/"), EndpointName("ListAttachments")]
    [EndpointSummary("The report's files (name, type, size, SHA-256, uploader, date, where attached) and the audit of uploads and deletes.")]
    private static async Task<Ok<AttachmentList>> List(Guid id, ClaimsPrincipal principal, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListAttachments(UserContext.FromPrincipal(principal), id), ct));

    [ApiRoute("GET", "/evidence/"), EndpointName("GetEvidenceRequirements")]
    [EndpointSummary("Where the report's rubric asks for evidence, whether the report claims it, and how many files are attached there.")]
    private static async Task<Ok<IReadOnlyList<EvidenceRequirementDto>>> Requirements(Guid id, ClaimsPrincipal principal, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetEvidence(UserContext.FromPrincipal(principal), id), ct));

    // multipart/form-data read by hand below; CSRF is refused by the X-PerfEval-Request header rule for every unsafe API call.
    [ApiRoute("POST", "/attachments/", DisableAntiforgery = true, ProblemStatus = StatusCodes.Status413PayloadTooLarge), EndpointName("UploadAttachment")]
    [EndpointSummary("Attach a file (form field file; optional indicatorKey, itemId, opinionStage). PDF, images, .docx, .xlsx, zip of those, checked by content; 413 over the limits.")]
    private static async Task<Results<Created<AttachmentDto>, ProblemHttpResult>> Upload(
        Guid id, HttpRequest request, ClaimsPrincipal principal, IMediator mediator, IOptions<AttachmentOptions> options, CancellationToken ct)
    {
        var user = UserContext.FromPrincipal(principal);
        var limit = options.Value.MaxFileBytes;
        // Refused before a byte of the body is read: the declared length is over the limit (the file cannot fit).
        if (request.ContentLength is { } length && length > limit + FormOverheadBytes)
        {
            throw new TooLargeException("file", AttachmentText.FileTooLarge(limit), limit);
        }

        // A body without a length (chunked) is cut off at the same size by the server (Kestrel's own cap, 30 MB by default, is
        // raised or lowered to this endpoint's limit for this request only).
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit + FormOverheadBytes;
        }

        if (!request.HasFormContentType)
        {
            throw new BadInputException("file", AttachmentText.NoFile);
        }

        IFormCollection form;
        try
        {
            // Files over 64 KB are spooled to a temporary file by the form reader, never held in memory.
            form = await request.ReadFormAsync(new FormOptions
            {
                MultipartBodyLengthLimit = limit + FormOverheadBytes,
                ValueCountLimit = 16,
                ValueLengthLimit = 1024,
            }, ct);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw new TooLargeException("file", AttachmentText.FileTooLarge(limit), limit);
        }
        catch (InvalidDataException)
        {
            throw new TooLargeException("file", AttachmentText.FileTooLarge(limit), limit);
        }
        catch (IOException)
        {
            throw new BadInputException("file", AttachmentText.NoFile);
        }

        var file = form.Files.GetFile("file") ?? throw new BadInputException("file", AttachmentText.NoFile);
        var target = new AttachmentTarget(Field(form, "indicatorKey"), Field(form, "itemId"), Field(form, "opinionStage"));
        await using var content = file.OpenReadStream();
        var dto = await mediator.Send(new UploadAttachment(user, id, file.FileName, content, target), ct);
        return TypedResults.Created($"/api/reports/{id}/attachments/{dto.Id}", dto);
    }

    [ApiRoute("GET", "/attachments/{attachmentId:guid}"), EndpointName("DownloadAttachment"), EndpointSummary("The file, as an attachment (Content-Disposition: attachment, nosniff).")]
    private static async Task<FileStreamHttpResult> Download(Guid id, Guid attachmentId, ClaimsPrincipal principal, IMediator mediator, CancellationToken ct)
    {
        var opened = await mediator.Send(new OpenAttachment(UserContext.FromPrincipal(principal), id, attachmentId), ct);
        return TypedResults.Stream(opened.Content, opened.Attachment.ContentType, opened.Attachment.FileName, enableRangeProcessing: true);
    }

    [ApiRoute("GET", "/attachments/{attachmentId:guid}/preview"), EndpointName("PreviewAttachment")]
    [EndpointSummary("A PDF or an image shown inline under a strict Content-Security-Policy; other types are refused (400).")]
    private static async Task<FileStreamHttpResult> Preview(
        Guid id, Guid attachmentId, ClaimsPrincipal principal, IMediator mediator, HttpResponse response, CancellationToken ct)
    {
        var opened = await mediator.Send(new OpenAttachment(UserContext.FromPrincipal(principal), id, attachmentId), ct);
        if (!opened.Attachment.Previewable)
        {
            await opened.Content.DisposeAsync();
            throw new BadInputException("attachmentId", AttachmentText.NotPreviewable);
        }

        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("inline") { FileNameStar = opened.Attachment.FileName }.ToString();
        response.Headers.ContentSecurityPolicy = opened.Attachment.ContentType == ContentSniffer.Pdf.ContentType ? PreviewPolicy : ImagePreviewPolicy;
        response.Headers["Cross-Origin-Resource-Policy"] = "same-origin";
        response.Headers.CacheControl = "private, no-store";
        return TypedResults.Stream(opened.Content, opened.Attachment.ContentType, enableRangeProcessing: true);
    }

    [ApiRoute("DELETE", "/attachments/{attachmentId:guid}"), EndpointName("DeleteAttachment")]
    [EndpointSummary("Remove a file: while the report is a draft (an opinion's file: while that stage is open).")]
    private static async Task<NoContent> Delete(Guid id, Guid attachmentId, ClaimsPrincipal principal, IMediator mediator, CancellationToken ct)
    {
        await mediator.Send(new DeleteAttachment(UserContext.FromPrincipal(principal), id, attachmentId), ct);
        return TypedResults.NoContent();
    }

    [ApiRoute("GET", "/attachments/all.zip"), EndpointName("DownloadAllAttachments"), EndpointSummary("Every file of the report in one zip, in folders per indicator, checklist item and opinion.")]
    private static async Task<PushStreamHttpResult> All(Guid id, ClaimsPrincipal principal, IMediator mediator, CancellationToken ct)
    {
        var archive = await mediator.Send(new ListForArchive(UserContext.FromPrincipal(principal), id), ct);
        return TypedResults.Stream(body => archive.WriteAsync(body, ct), ContentSniffer.Zip.ContentType,
            $"{FileNames.Sanitise(archive.Title, ContentSniffer.Zip)[..^4]}-{AttachmentText.DefaultName}.zip");
    }

    private static string? Field(IFormCollection form, string name) =>
        form.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v.ToString().Trim() : null;
}
