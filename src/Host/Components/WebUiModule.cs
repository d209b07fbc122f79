using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using MudBlazor.Services;

namespace PerfEval.Host.Components;

/// <summary>The staff web UI: Blazor (interactive server) + MudBlazor in the same host, on the same Mediator handlers as the API.</summary>
public static class WebUiModule
{
    public static WebApplicationBuilder AddWebUi(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // SignalR's default 32 KB per message drops the circuit when a person pastes a long narrative or a report's JSON
        // (Chinese text travels escaped, 6 bytes a character): allow 1 MB, still far below any request limit.
        builder.Services.AddRazorComponents().AddInteractiveServerComponents()
            .AddHubOptions(o => o.MaximumReceiveMessageSize = 1024 * 1024);
        builder.Services.AddCascadingAuthenticationState();
        // Snackbars bottom-right: top-right would cover the form's save button.
        builder.Services.AddMudServices(o => o.SnackbarConfiguration.PositionClass = MudBlazor.Defaults.Classes.Position.BottomRight);
        builder.Services.AddScoped<IUiSender, UiMediator>();
        builder.Services.AddScoped<Layout.ReminderBadgeState>();
        return builder;
    }

    /// <summary>Maps static assets, the Blazor endpoints and the sign-out form target. Call after authentication/authorization.</summary>
    public static WebApplication MapWebUi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

        // A POST form (with antiforgery token, validated because of [FromForm]) so a link cannot sign anyone out.
        app.MapPost("/logout", async ([FromForm] string? returnUrl, SignInManager<AppUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect("/login");
        }).RequireAuthorization().ExcludeFromDescription();
        return app;
    }
}
