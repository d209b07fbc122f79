using System.Net;

namespace PerfEval.Host.Security;

/// <summary>
/// Outside Development the sign-in form's antiforgery cookie and the session cookie are <c>Secure</c>: over plain HTTP a
/// page cannot work (ASP.NET Core throws while rendering the form, which would answer 500). Pages asked for over plain
/// HTTP are therefore answered 400 with a page that says to use <c>https://</c>, or — behind a proxy that terminates TLS —
/// to forward the scheme; the API, <c>/health</c> and static files are left alone. Logged once per process as a warning.
/// </summary>
public sealed class HttpsPagesOnly(RequestDelegate next, ILogger<HttpsPagesOnly> logger)
{
    private static int _warned;

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var path = context.Request.Path;
        if (context.Request.IsHttps
            || path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
            || Path.HasExtension(path.Value))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        if (Interlocked.Exchange(ref _warned, 1) == 0)
        {
            logger.LogWarning("A page was asked for over plain HTTP ({Path}) outside Development: answered 400. Serve PerfEval over HTTPS, or behind a TLS-terminating proxy set ASPNETCORE_FORWARDEDHEADERS_ENABLED=true.", path.Value);
        }

        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "text/html; charset=utf-8";
        var title = WebUtility.HtmlEncode(SecurityText.HttpsRequiredTitle);
        var detail = WebUtility.HtmlEncode(SecurityText.HttpsRequiredDetail);
        await context.Response.WriteAsync(
            $"<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>{title}</title></head><body><h1>{title}</h1><p>{detail}</p></body></html>",
            context.RequestAborted).ConfigureAwait(false);
    }
}
