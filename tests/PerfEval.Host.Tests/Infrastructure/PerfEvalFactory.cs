using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace PerfEval.Host.Tests.Infrastructure;

/// <summary>
/// The real host on an in-memory SQLite database that lives as long as the factory holds its connection open,
/// with the demo data loaded and a fake clock. Pass <c>fileDatabase: true</c> where many requests write at once
/// (in-memory shared cache fails on table locks instead of waiting).
/// </summary>
public class PerfEvalFactory : WebApplicationFactory<Program>
{
    private readonly SqliteConnection? _keepAlive;


    /// <summary>Same host on a temporary SQLite file, for tests where many requests write at once.</summary>
    public sealed class WithFileDatabase : PerfEvalFactory
    {
        public WithFileDatabase() : base(fileDatabase: true)
        {
        }
    }

    private readonly string? _file;

    public PerfEvalFactory() : this(fileDatabase: false)
    {
    }

    /// <summary>For factories on another provider or a database shared by several hosts.</summary>
    protected PerfEvalFactory(string provider, string connectionString)
    {
        Provider = provider;
        ConnectionString = connectionString;
    }

    protected PerfEvalFactory(bool fileDatabase)
    {
        if (fileDatabase)
        {
            _file = Path.Combine(Path.GetTempPath(), $"perfeval-test-{Guid.NewGuid():N}.db");
            ConnectionString = $"Data Source={_file};Default Timeout=30";
        }
        else
        {
            ConnectionString = $"Data Source=file:perfeval-{Guid.NewGuid():N}?mode=memory&cache=shared";
            _keepAlive = new SqliteConnection(ConnectionString);
            _keepAlive.Open();
        }
    }

    public string ConnectionString { get; }

    public string Provider { get; } = "Sqlite";

    /// <summary>The host's clock; move it instead of waiting.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:PerfEval", ConnectionString);
        builder.UseSetting("Database:Provider", Provider);
        // No Hangfire server in tests: they call the jobs directly and move the fake clock.
        builder.UseSetting("Jobs:Enabled", "false");
        // Every test client signs in from the same (test server) address; the sign-in rate limit has its own tests.
        builder.UseSetting("Security:LoginAttemptsPerMinute", LoginAttemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    /// <summary>Sign-in attempts per minute per client this host allows (high by default: all test clients share one address).</summary>
    protected virtual int LoginAttemptsPerMinute => 100_000;

    /// <summary>Every client is an API client: it sends the header unsafe API requests need (CSRF defence).</summary>
    protected override void ConfigureClient(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Add(ApiHeader, "1");
    }

    /// <summary>The header unsafe API requests carry (<c>CrossSiteRequestGuard.HeaderName</c>).</summary>
    public const string ApiHeader = "X-PerfEval-Request";

    /// <summary>A client signed in as a demo user (cookie kept by the client).</summary>
    public async Task<HttpClient> ClientForAsync(string userName)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = ClientOptions.BaseAddress });
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName, password = DemoPassword });
        response.EnsureSuccessStatusCode();
        return client;
    }

    public const string DemoPassword = "PerfEval-demo-2026";

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _keepAlive?.Dispose();
            if (_file is not null)
            {
                SqliteConnection.ClearAllPools();
                foreach (var f in new[] { _file, _file + "-wal", _file + "-shm" })
                {
                    File.Delete(f);
                }
            }
        }
    }
}
