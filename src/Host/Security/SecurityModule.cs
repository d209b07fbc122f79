using Microsoft.AspNetCore.Antiforgery;

namespace PerfEval.Host.Security;

/// <summary>Request-level defences: headers, sign-in rate limit, CSRF header for the API, JSON body checks.</summary>
public static class SecurityModule
{
    public static WebApplicationBuilder AddSecurity(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Configuration.GetSection(SecurityOptions.Section).Get<SecurityOptions>() ?? new SecurityOptions();
        builder.Services.AddRateLimiter(o => LoginRateLimit.Configure(o, options.LoginAttemptsPerMinute));
        var development = builder.Environment.IsDevelopment();
        builder.Services.Configure<AntiforgeryOptions>(o =>
            o.Cookie.SecurePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always);
        return builder;
    }

    /// <summary>Headers on every response, pages over HTTPS only outside Development, and the sign-in rate limit; call first, before authentication.</summary>
    public static WebApplication UseSecurityHeadersAndLimits(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<SecurityHeaders>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseMiddleware<HttpsPagesOnly>();
        }

        app.UseRateLimiter();
        return app;
    }

    /// <summary>The CSRF header and the JSON body checks of unsafe API requests; call after authentication.</summary>
    public static WebApplication UseApiRequestGuards(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<CrossSiteRequestGuard>();
        app.UseMiddleware<JsonBodyGuard>();
        return app;
    }
}
