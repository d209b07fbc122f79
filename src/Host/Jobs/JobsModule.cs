using Hangfire;
using Hangfire.PostgreSql;
using PerfEval.Host.Data;
using PerfEval.Host.Infrastructure;

namespace PerfEval.Host.Jobs;

public static class JobsModule
{
    /// <summary>
    /// Hangfire with in-memory job storage, or PostgreSQL job storage when the domain database is PostgreSQL
    /// (same connection string). The server runs unless <c>Jobs:Enabled</c> is false.
    /// </summary>
    public static WebApplicationBuilder AddJobs(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<JobsOptions>().Bind(builder.Configuration.GetSection(JobsOptions.Section));
        var database = DatabaseSettings.From(builder.Configuration, builder.Environment.ContentRootPath);
        services.AddHangfire((provider, config) =>
        {
            config.UseLogProvider(new ResilientLogProvider(provider.GetRequiredService<ILoggerFactory>()))
                .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            if (database.IsPostgreSql)
            {
                config.UsePostgreSqlStorage(c => c.UseNpgsqlConnection(database.ConnectionString));
            }
            else
            {
                config.UseInMemoryStorage();
            }
        });
        services.AddScoped<ReminderScanJob>();
        if (builder.Configuration.GetSection(JobsOptions.Section).Get<JobsOptions>()?.Enabled ?? true)
        {
            services.AddHangfireServer();
        }

        services.AddStartupTask<RegisterRecurringJobsTask>();
        return builder;
    }

    /// <summary>The dashboard at <c>/hangfire</c>, FinanceAdmin only. Must come after UseAuthentication.</summary>
    public static IEndpointRouteBuilder MapJobs(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new FinanceAdminDashboardFilter()],
            DashboardTitle = "PerfEval 后台任务",
            AppPath = "/",
        });
        return app;
    }
}
