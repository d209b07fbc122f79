using PerfEval.Host.Features.Scoring;

namespace PerfEval.Host.Features.Reports;

public static class ReportsModule
{
    public static WebApplicationBuilder AddReports(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddScoped<ReportAccess>();
        // Every write of a form stores its rubric score (see ReportScorer).
        builder.AddScoring();
        return builder;
    }
}
