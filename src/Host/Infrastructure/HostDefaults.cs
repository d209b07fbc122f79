using Microsoft.AspNetCore.Http.Json;

namespace PerfEval.Host.Infrastructure;

/// <summary>Cross-cutting services every module relies on: JSON, problem details, Mediator + validation, clock, OpenAPI, health.</summary>
public static class HostDefaults
{
    public static WebApplicationBuilder AddHostDefaults(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<BureauOptions>().Bind(builder.Configuration.GetSection(BureauOptions.Section))
            .Validate(o => BureauCalendar.Resolve(o.TimeZone) is not null, "Bureau:TimeZone is not a known time zone id (use an IANA id such as Asia/Shanghai).")
            .ValidateOnStart();
        services.AddSingleton<BureauCalendar>();
        services.Configure<JsonOptions>(o => JsonDefaults.Configure(o.SerializerOptions));
        // Body binding failures must reach the problem-details handler (it names the field) in every environment.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.AddMediator((Mediator.MediatorOptions o) =>
        {
            o.ServiceLifetime = ServiceLifetime.Scoped;
            // Who may send a message is decided before anything about its content is looked at.
            o.PipelineBehaviors = [typeof(AuthorizationBehavior<,>), typeof(ValidationBehavior<,>)];
        });
        services.AddValidatorsFromAssemblyContaining<Program>(includeInternalTypes: true);
        services.AddOpenApi();
        services.AddHealthChecks();
        return builder;
    }
}
