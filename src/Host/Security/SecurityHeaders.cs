using System.Security.Cryptography;

namespace PerfEval.Host.Security;

/// <summary>
/// <c>X-Content-Type-Options: nosniff</c> on every response; on HTML pages also a Content-Security-Policy that allows
/// only this host's scripts (plus the import map, by a per-request nonce), its styles and inline style attributes
/// (MudBlazor and mermaid set them), its images and fonts, and connections back to it (the Blazor circuit); no framing,
/// no plugins, forms only to this host. The API docs (Scalar) and the Hangfire dashboard bring inline scripts of their
/// own and get nosniff only.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    private const string NonceKey = "PerfEval.CspNonce";

    /// <summary>The nonce of this request's policy (for the import map's script tag).</summary>
    public static string Nonce(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items[NonceKey] is not string nonce)
        {
            // Hex, not base64: '+' and '/' would be HTML-encoded in the attribute (harmless to browsers, but not byte-equal).
            nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            context.Items[NonceKey] = nonce;
        }

        return nonce;
    }

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            var path = context.Request.Path;
            if (context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true
                && !path.StartsWithSegments("/api/docs", StringComparison.OrdinalIgnoreCase)
                && !path.StartsWithSegments("/hangfire", StringComparison.OrdinalIgnoreCase))
            {
                headers.ContentSecurityPolicy =
                    $"default-src 'self'; script-src 'self' 'nonce-{Nonce(context)}'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
                    "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "same-origin";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
