using Hangfire;
using Hangfire.PostgreSql;

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
                // The storage connects and installs its schema when first resolved — by the dashboard mapping, before the
                // start-up tasks run. Migrate first (under the start-up lock), so the database exists by then and nothing
                // waits in connection retries; the migration task then finds nothing left to do.
                MigrateBeforeJobStorage(provider);
                config.UsePostgreSqlStorage(c => c.UseNpgsqlConnection(database.ConnectionString));
            }
            else
            {
                config.UseInMemoryStorage();
            }
        });
        services.AddScoped<ReminderScanJob>();
        services.AddScoped<JobLeases>();
        services.AddScoped<Features.Reminders.ReminderInserts>();
        if (builder.Configuration.GetSection(JobsOptions.Section).Get<JobsOptions>()?.Enabled ?? true)
        {
            services.AddHangfireServer();
        }

        services.AddStartupTask<RegisterRecurringJobsTask>();
        return builder;
    }

    private static void MigrateBeforeJobStorage(IServiceProvider provider)
    {
        var startupLock = provider.GetRequiredService<IStartupLock>();
        var held = startupLock.AcquireAsync(CancellationToken.None).GetAwaiter().GetResult();
        try
        {
            provider.MigrateDatabaseAsync().GetAwaiter().GetResult();
        }
        finally
        {
            held.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>The dashboard at <c>/hangfire</c>, FinanceAdmin only. Must come after UseAuthentication.</summary>
    public static IEndpointRouteBuilder MapJobs(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new FinanceAdminDashboardFilter()],
            DashboardTitle = JobsText.JobsModuleMapJobs,
            AppPath = "/",
        });
        return app;
    }
}
