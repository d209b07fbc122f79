using PerfEval.Host.Features.Reminders;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PerfEval.Host.Features.Workflow.Definitions;
using PerfEval.Host.Features.Workflow.Submission;

namespace PerfEval.Host.Features.Workflow;

public static class WorkflowModule
{
    /// <summary>Workflow definitions (shipped + stored versions), the runner's services and the submission gate.</summary>
    public static WebApplicationBuilder AddWorkflows(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // The runner's services, with the delegations (代理审批) it honours and the indicator review (复核) of the reviewing stages.
        builder.Services.AddScoped<WorkflowCatalog>().AddScoped<ReportParticipants>().AddScoped<Delegations.DelegationLookup>()
            .AddScoped<Review.ReviewScoring>().AddScoped<Review.ReviewView>();
        // Reminders read stage due days and actors from the definitions (replaces the reminders' shipped table).
        builder.Services.AddScoped<IStageDirectory, WorkflowStageDirectory>();
        // TryAdd: a gate the rules module registers with AddScoped wins whether it is added before or after this one.
        builder.Services.TryAddScoped<ISubmissionGate, RequiredFactsSubmissionGate>();
        builder.Services.TryAddScoped<IStepScoreRecorder, NoStepScoreRecorder>();
        builder.Services.AddExceptionHandler<SubmissionBlockedExceptionHandler>();
        builder.Services.AddStartupTask<ShippedDefinitionsTask>();
        // Reports are pinned when created (ReportSaveInterceptor); older rows in the background, never at start-up.
        builder.Services.AddHostedService<Data.ReportUpkeepService>();
        return builder;
    }
}
