namespace PerfEval.Host.Security;

/// <summary>
/// CSRF defence for the JSON API. SameSite=Strict does not stop a page on another port of the same host or on a sibling
/// subdomain (the same "site"): such a page can still post a form or a no-cors fetch with the user's cookie. Every
/// unsafe API request authenticated by the cookie must therefore carry the <see cref="HeaderName"/> header (any value;
/// clients send <c>1</c>), which a cross-origin page cannot send: a custom header needs a CORS preflight, which this host
/// never grants. Bodyless endpoints (close, submit) included. Refused: 403, nothing runs. The web UI is not affected: it
/// calls the handlers in-process over its circuit, and its two forms (sign-in, sign-out) carry Blazor's antiforgery token.
/// </summary>
public sealed class CrossSiteRequestGuard(RequestDelegate next)
{
    /// <summary>The request header API clients send on POST/PUT/PATCH/DELETE.</summary>
    public const string HeaderName = "X-PerfEval-Request";

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (IsUnsafe(request.Method)
            && request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            && context.User.Identity?.IsAuthenticated == true
            && string.IsNullOrEmpty(request.Headers[HeaderName]))
        {
            await ProblemResponses.WriteAsync(context, StatusCodes.Status403Forbidden, SecurityText.CrossSiteRequestGuardInvokeAsync,
                SecurityText.FormatCrossSiteRequestGuardInvokeAsync2(HeaderName)).ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    }

    internal static bool IsUnsafe(string method) =>
        HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) || HttpMethods.IsDelete(method);
}
