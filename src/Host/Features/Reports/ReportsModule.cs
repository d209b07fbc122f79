namespace PerfEval.Host.Features.Reports;

public static class ReportsModule
{
    public static WebApplicationBuilder AddReports(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddScoped<ReportAccess>();
        return builder;
    }
}
