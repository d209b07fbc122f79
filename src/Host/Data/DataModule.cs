using Microsoft.AspNetCore.DataProtection;

namespace PerfEval.Host.Data;

/// <summary>Database provider switch: <c>Database:Provider</c> = Sqlite (default) | PostgreSql.</summary>
public static class DataModule
{
    public const string ConnectionName = "PerfEval";

    /// <summary>Keeps each report's scoring projection in sync and pins new reports (stateless: one for all contexts).</summary>
    public static readonly ReportSaveInterceptor SaveInterceptor = new();

    /// <summary>Drops kept report counts when a transaction that saved reports commits (stateless as well).</summary>
    public static readonly ReportCommitInterceptor CommitInterceptor = new();

    private static readonly SqlitePragmas SqliteCache = new();

    public static WebApplicationBuilder AddData(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var settings = DatabaseSettings.From(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton<IStartupLock, DatabaseStartupLock>();
        builder.Services.AddStartupTask<MigrateDatabaseTask>();
        builder.Services.AddOptions<ReportCountOptions>().Bind(builder.Configuration.GetSection(ReportCountOptions.Section))
            .Validate(o => o.KeepFrom >= 1 && o.MaxAge >= TimeSpan.Zero, "Reports:Counts:KeepFrom must be at least 1 and Reports:Counts:MaxAge not negative.")
            .ValidateOnStart();
        builder.Services.AddScoped<ReportCounts>();
        if (settings.IsPostgreSql)
        {
            builder.Services.AddDbContext<PerfEvalDbContext, PostgreSqlPerfEvalDbContext>(o => o.UseNpgsql(settings.ConnectionString).AddInterceptors(SaveInterceptor, CommitInterceptor));
        }
        else
        {
            builder.Services.AddDbContext<PerfEvalDbContext, SqlitePerfEvalDbContext>(o => o.UseSqlite(settings.ConnectionString).AddInterceptors(SaveInterceptor, CommitInterceptor, SqliteCache));
        }

        // Keys in the database: a cookie issued by one host is read by every other host of the installation.
        builder.Services.AddDataProtection().SetApplicationName("PerfEval").PersistKeysToDbContext<PerfEvalDbContext>();

        return builder;
    }

    /// <summary>Applies pending migrations (creating the SQLite file and its folder if needed).</summary>
    public static async Task MigrateDatabaseAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var settings = scope.ServiceProvider.GetRequiredService<DatabaseSettings>();
        settings.EnsureSqliteFolder();
        var db = scope.ServiceProvider.GetRequiredService<PerfEvalDbContext>();
        // Nothing pending (every start but the first after an upgrade): skip Migrate, which takes the migration lock and
        // compares the model with the snapshot — seconds of a start-up that should not grow.
        if (await db.Database.CanConnectAsync(ct) && !(await db.Database.GetPendingMigrationsAsync(ct)).Any())
        {
            return;
        }

        await db.Database.MigrateAsync(ct);
    }
}

/// <summary>The resolved database settings.</summary>
public sealed record DatabaseSettings(string Provider, string ConnectionString)
{
    public bool IsPostgreSql => string.Equals(Provider, "PostgreSql", StringComparison.OrdinalIgnoreCase)
        || string.Equals(Provider, "Postgres", StringComparison.OrdinalIgnoreCase)
        || string.Equals(Provider, "Npgsql", StringComparison.OrdinalIgnoreCase);

    public static DatabaseSettings From(IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var provider = configuration["Database:Provider"] ?? "Sqlite";
        var connection = configuration.GetConnectionString(DataModule.ConnectionName) ?? configuration["Database:ConnectionString"];
        var settings = new DatabaseSettings(provider, connection ?? "");
        if (settings.IsPostgreSql)
        {
            if (string.IsNullOrWhiteSpace(connection))
            {
                throw new InvalidOperationException("Database:Provider=PostgreSql needs ConnectionStrings:PerfEval (env ConnectionStrings__PerfEval).");
            }

            return settings with { Provider = "PostgreSql" };
        }

        if (!string.Equals(provider, "Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Unknown Database:Provider '{provider}'. Use Sqlite or PostgreSql.");
        }

        return new DatabaseSettings("Sqlite", string.IsNullOrWhiteSpace(connection)
            ? $"Data Source={Path.Combine(contentRoot, "data", "perfeval.db")}"
            : connection);
    }

    public void EnsureSqliteFolder()
    {
        if (IsPostgreSql)
        {
            return;
        }

        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(ConnectionString);
        var folder = Path.GetDirectoryName(builder.DataSource);
        if (builder.DataSource != ":memory:" && builder.Mode != Microsoft.Data.Sqlite.SqliteOpenMode.Memory && !builder.DataSource.Contains("mode=memory", StringComparison.OrdinalIgnoreCase) && !string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}
