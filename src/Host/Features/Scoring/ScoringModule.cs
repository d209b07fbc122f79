namespace PerfEval.Host.Features.Scoring;

public static class ScoringModule
{
    /// <summary>Rule sets loaded once per process for the live score of the report form.</summary>
    public static WebApplicationBuilder AddScoring(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<RuleSetCatalog>();
        builder.Services.AddScoped<ReportScorer>();
        return builder;
    }
}
