using Microsoft.AspNetCore.Localization;

namespace PerfEval.Host.Infrastructure;

/// <summary>
/// The cultures of the texts (ADR-010): Simplified Chinese is the neutral culture and the default of every request,
/// job and command; English is offered where written (<c>?culture=en</c>, or the <c>.AspNetCore.Culture</c> cookie).
/// Only the UI culture changes: number and date formats stay as they were.
/// </summary>
public static class TextCulture
{
    /// <summary>Simplified Chinese, the neutral culture of the resources.</summary>
    public static CultureInfo Chinese { get; } = CultureInfo.GetCultureInfo("zh-Hans");

    /// <summary>English, the second culture.</summary>
    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en");

    /// <summary>
    /// Makes Chinese the UI culture of every thread that has not chosen one (jobs, commands, tests), whatever the
    /// machine's locale, and lets a request ask for English.
    /// </summary>
    /// <param name="builder">The host builder.</param>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static WebApplicationBuilder AddTextCultures(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        CultureInfo.DefaultThreadCurrentUICulture = Chinese;
        var formats = CultureInfo.CurrentCulture;
        builder.Services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(formats, Chinese);
            o.SupportedCultures = [formats];
            o.SupportedUICultures = [Chinese, English];
            o.FallBackToParentUICultures = true;
            // The browser's Accept-Language does not switch the UI: Chinese stays the default, English is asked for.
            o.RequestCultureProviders = [.. o.RequestCultureProviders.Where(p => p is not AcceptLanguageHeaderRequestCultureProvider)];
        });
        return builder;
    }

    /// <summary>
    /// Sets each request's UI culture (Chinese unless the request asks for English); <c>?culture=en</c> is also kept in
    /// the culture cookie, so the Blazor circuit opened by the page speaks the same language.
    /// </summary>
    /// <param name="app">The application.</param>
    /// <exception cref="ArgumentNullException"><paramref name="app"/> is null.</exception>
    public static WebApplication UseTextCultures(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseRequestLocalization();
        app.Use(async (context, next) =>
        {
            if (context.Request.Query.ContainsKey("culture"))
            {
                context.Response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    // Only the UI culture is chosen: the formats culture is not among the supported ones and stays the default.
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(CultureInfo.CurrentUICulture)),
                    new CookieOptions { HttpOnly = true, IsEssential = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps });
            }

            await next(context);
        });
        return app;
    }

    /// <summary>Runs the rest of the block in Chinese: for texts that are matched or written into Chinese documents.</summary>
    /// <returns>Restores the previous UI culture when disposed.</returns>
    public static IDisposable UseChinese()
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = Chinese;
        return new Restore(previous);
    }

    private sealed class Restore(CultureInfo previous) : IDisposable
    {
        public void Dispose() => CultureInfo.CurrentUICulture = previous;
    }
}
