namespace PerfEval.Host.Features.Scoring;

public static class ScoringModule
{
    /// <summary>Rule sets loaded once per process for the live score of the report form.</summary>
    public static WebApplicationBuilder AddScoring(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<RuleSetCatalog>();
        builder.Services.AddScoped<ReportScorer>();
        // Registered before AddWorkflows, whose TryAdd keeps its required-facts gate only when no other gate is set.
        builder.Services.AddScoped<Workflow.Submission.ISubmissionGate, ConsistencySubmissionGate>();
        return builder;
    }
}
