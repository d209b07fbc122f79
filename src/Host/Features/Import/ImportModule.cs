using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace PerfEval.Host.Features.Import;

/// <summary>Import of Word reports and Excel indicator tables: settings and endpoints.</summary>
[ApiGroup("/api/reports/import", "Import")]
public static class ImportModule
{
    public static WebApplicationBuilder AddImport(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<ImportOptions>()
            .Bind(builder.Configuration.GetSection("Import"))
            .Validate(o => o.MaxFileBytes > 0, "Import:MaxFileBytes must be positive.")
            .ValidateOnStart();
        return builder;
    }

    // multipart/form-data: these endpoints write nothing (a preview), and the cookie is SameSite=Strict; the form is read
    // by hand so no antiforgery token is demanded of API clients (curl, the CLI's users).
    [ApiRoute("POST", "/", DisableAntiforgery = true), EndpointName("ImportReport")]
    [EndpointSummary("Read a Word report (.docx) or its pasted text (form field file, optional kind) into { kind, content, notes }; saves nothing.")]
    private static async Task<Results<Ok<ImportPreview>, ProblemHttpResult>> Report(
        HttpRequest request, ClaimsPrincipal principal, IMediator mediator, IOptions<ImportOptions> options, CancellationToken ct)
    {
        var (file, problem) = await ReadFileAsync(request, options.Value.MaxFileBytes, ct);
        if (problem is not null)
        {
            return problem;
        }

        ReportKind? kind = null;
        if (request.Form.TryGetValue("kind", out var k) && !string.IsNullOrWhiteSpace(k))
        {
            kind = Cli.ImportCommand.ParseKind(k) ?? throw new BadInputException("kind", ImportText.FormatUnknownKind(k));
        }

        return TypedResults.Ok(await mediator.Send(new ImportReport(UserContext.FromPrincipal(principal), file!.Value.Name, file.Value.Bytes, kind), ct));
    }

    [ApiRoute("POST", "/indicators", DisableAntiforgery = true), EndpointName("ImportIndicators")]
    [EndpointSummary("Read an Excel 绩效目标表 (.xlsx, form field file) into { indicators, notes } for a draft's indicator section; saves nothing.")]
    private static async Task<Results<Ok<IndicatorImportPreview>, ProblemHttpResult>> Indicators(
        HttpRequest request, ClaimsPrincipal principal, IMediator mediator, IOptions<ImportOptions> options, CancellationToken ct)
    {
        var (file, problem) = await ReadFileAsync(request, options.Value.MaxFileBytes, ct);
        return problem is not null
            ? problem
            : TypedResults.Ok(await mediator.Send(new ImportIndicators(UserContext.FromPrincipal(principal), file!.Value.Name, file.Value.Bytes), ct));
    }

    [ApiRoute("GET", "/indicators/template.xlsx"), EndpointName("GetIndicatorTemplate"), EndpointSummary("The Excel template of the indicator table.")]
    private static async Task<FileContentHttpResult> Template(IMediator mediator, HttpResponse response, CancellationToken ct)
    {
        var file = await mediator.Send(new GetIndicatorTemplate(), ct);
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = file.AsciiFileName, FileNameStar = file.FileName }.ToString();
        return TypedResults.File(file.Content, file.ContentType);
    }

    /// <summary>
    /// The uploaded file, or a problem: 413 naming the limit when the upload is larger than <c>Import:MaxFileBytes</c> (checked on
    /// Content-Length before reading, and by capping the body), 400 when the request is not a form with a file.
    /// </summary>
    private static async Task<((string Name, byte[] Bytes)? File, ProblemHttpResult? Problem)> ReadFileAsync(HttpRequest request, long limit, CancellationToken ct)
    {
        const long formOverhead = 64 * 1024;
        if (request.ContentLength is { } length && length > limit + formOverhead)
        {
            return (null, TooLarge(limit));
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit + formOverhead;
        }

        if (!request.HasFormContentType)
        {
            return (null, NoFile());
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = limit + formOverhead }, ct);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge(limit));
        }
        catch (InvalidDataException)
        {
            return (null, TooLarge(limit));
        }
        catch (IOException)
        {
            return (null, NoFile());
        }

        var file = form.Files.GetFile("file") ?? form.Files.FirstOrDefault();
        if (file is null)
        {
            return (null, NoFile());
        }

        if (file.Length > limit)
        {
            return (null, TooLarge(limit));
        }

        using var stream = new MemoryStream((int)file.Length);
        await file.CopyToAsync(stream, ct);
        return ((file.FileName, stream.ToArray()), null);
    }

    private static ProblemHttpResult TooLarge(long limit) => TypedResults.Problem(new Microsoft.AspNetCore.Mvc.ProblemDetails
    {
        Status = StatusCodes.Status413PayloadTooLarge,
        Title = ImportText.ImportModuleTooLarge,
        Detail = ImportText.TooLarge(limit),
        Extensions = { ["limitBytes"] = limit, ["field"] = "file" },
    });

    private static ProblemHttpResult NoFile() => TypedResults.Problem(new Microsoft.AspNetCore.Mvc.ProblemDetails
    {
        Status = StatusCodes.Status400BadRequest,
        Title = ImportText.ImportModuleNoFile,
        Detail = ImportText.NoFile,
        Extensions = { ["errors"] = new Dictionary<string, string[]> { ["file"] = [ImportText.NoFile] } },
    });
}
