using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using PerfEval.Host.Components;

namespace PerfEval.Host.BrowserTests.Infrastructure;

/// <summary>
/// The real host on Kestrel (loopback, random port) over a temporary SQLite file with the demo data,
/// plus one headless Debian chromium. Never downloads a browser.
/// </summary>
public sealed class BrowserHost : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string DemoPassword = "PerfEval-demo-2026";

    /// <summary>Headers of an API call made with a page's session (unsafe API requests need the CSRF header).</summary>
    public static IEnumerable<KeyValuePair<string, string>> ApiHeaders { get; } = [new("X-PerfEval-Request", "1")];

    private readonly string _dbFile = Path.Combine(Path.GetTempPath(), $"perfeval-browser-{Guid.NewGuid():N}.db");
    private Factory? _factory;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = default!;

    /// <summary>What the host logged at error level.</summary>
    public ErrorLog Errors { get; } = new();

    /// <summary>Where screenshots go: <c>artifacts/screenshots/</c> at the repository root (gitignored).</summary>
    public static string ScreenshotDir { get; } = Path.Combine(RepoRoot(), "artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Browser tests need Debian's chromium at {ChromiumPath} (apt-get install chromium fonts-noto-cjk). They never download a browser.");
        }

        _factory = new Factory($"Data Source={_dbFile};Default Timeout=30", Errors);
        _factory.UseKestrel(0);
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');

        // CI runs the host tests beside these on two cores: saving or publishing a rubric (compile + dry run) can take
        // longer than Playwright's 5 s default for an assertion. A failing assertion then waits 45 s (a CI run at load 18 once needed more than 20 s for a sign-in); a passing one not at all.
        Assertions.SetDefaultExpectTimeout(45_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-gpu", "--no-first-run", "--disable-sync"],
        });
        Directory.CreateDirectory(ScreenshotDir);
    }

    /// <summary>A fresh browser context (own cookies) with a 1366×768 window, or a phone-sized one.</summary>
    public async Task<IPage> NewPageAsync(bool narrow = false)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = BaseUrl,
            ViewportSize = narrow ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1366, Height = 768 },
            Locale = "zh-CN",
        });
        context.SetDefaultTimeout(45_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _dbFile, _dbFile + "-wal", _dbFile + "-shm" })
        {
            File.Delete(f);
        }
    }

    internal static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PerfEval.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? AppContext.BaseDirectory;
    }

    private sealed class Factory(string connectionString, ErrorLog errors) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("ConnectionStrings:PerfEval", connectionString);
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("Demo:Enabled", "true");
            // Every page signs in from 127.0.0.1; the sign-in rate limit has its own tests.
            builder.UseSetting("Security:LoginAttemptsPerMinute", "100000");
            builder.ConfigureTestServices(services =>
            {
                // The test seam for unexpected failures (see FailingUiSender); everything else goes to the real sender.
                services.AddScoped<IUiSender>(sp => new FailingUiSender(new UiMediator(sp.GetRequiredService<IServiceScopeFactory>())));
                services.AddSingleton<ILoggerProvider>(errors);
            });
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserHost>
{
    public const string Name = "browser";
}
