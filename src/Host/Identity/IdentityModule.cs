using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace PerfEval.Host.Identity;

public static class IdentityModule
{
    /// <summary>ASP.NET Core Identity with cookies; API paths get 401/403 instead of login redirects.</summary>
    public static WebApplicationBuilder AddPerfEvalIdentity(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services
            .AddIdentity<AppUser, IdentityRole>(o =>
            {
                o.User.RequireUniqueEmail = false;
                o.Password.RequiredLength = 10;
                o.Lockout.MaxFailedAccessAttempts = 10;
            })
            .AddEntityFrameworkStores<PerfEvalDbContext>()
            .AddClaimsPrincipalFactory<PerfEvalClaimsPrincipalFactory>()
            .AddSignInManager<PerfEvalSignInManager>()
            .AddDefaultTokenProviders();

        var development = builder.Environment.IsDevelopment();

        builder.Services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "PerfEval.Auth";
            o.Cookie.HttpOnly = true;
            // Strict same-site cookies keep other sites from riding the session (CSRF) on JSON APIs.
            // SameSite does not cover sibling ports or subdomains: unsafe API calls also need a header (CrossSiteRequestGuard).
            o.Cookie.SameSite = SameSiteMode.Strict;
            // Outside Development the cookie is only ever sent over HTTPS.
            o.Cookie.SecurePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            o.LoginPath = "/login";
            o.LogoutPath = "/logout";
            o.AccessDeniedPath = "/denied";
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.Events.OnRedirectToLogin = ctx => ApiAware(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => ApiAware(ctx, StatusCodes.Status403Forbidden);
            // Every request: a signed-out (or deleted, or re-passworded) user's old cookie is refused at once.
            o.Events.OnValidatePrincipal = SessionValidation.ValidateAsync;
        });

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Policies.FinanceAdmin, p => p.RequireRole(Roles.FinanceAdmin));
        builder.Services.AddScoped<OrgScope>();
        builder.Services.AddStartupTask<EnsureRolesTask>();
        return builder;
    }

    private static Task ApiAware(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            || ctx.Request.Path.StartsWithSegments("/hangfire", StringComparison.OrdinalIgnoreCase))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}

public static class Policies
{
    public const string FinanceAdmin = nameof(FinanceAdmin);
}
