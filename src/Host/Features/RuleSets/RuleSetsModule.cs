using PerfEval.Host.Features.Impact;
using PerfEval.Host.Features.Scoring;
using PerfEval.Host.Features.Scoring.Submission;
using PerfEval.Host.Features.Workflow.Submission;

namespace PerfEval.Host.Features.RuleSets;

public static class RuleSetsModule
{
    /// <summary>
    /// Rule-set storage and versions (shipped rule sets stored at start-up), scoring of reports, the consistency
    /// checks on save, the submission gate that blocks on check errors, and the impact analyses of a version.
    /// </summary>
    public static WebApplicationBuilder AddRuleSets(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<RuleSetCache>();
        builder.Services.AddScoped<RuleSetStore>();
        builder.Services.AddScoped<ReportScoring>();
        // AddScoped (not TryAdd): replaces the workflow module's defaults whichever module is added first.
        builder.Services.AddScoped<ISubmissionGate, ChecksSubmissionGate>();
        builder.Services.AddScoped<IStepScoreRecorder, ScoreOnStepRecorder>();
        builder.Services.AddExceptionHandler<RuleSetInvalidExceptionHandler>();
        builder.Services.AddStartupTask<ShippedRuleSetsTask>();
        // Impact analyses run in the background; their progress lives in this host's memory, hence one ImpactRuns.
        builder.Services.AddScoped<ImpactEngine>();
        builder.Services.AddSingleton<ImpactRuns>();
        return builder;
    }
}
