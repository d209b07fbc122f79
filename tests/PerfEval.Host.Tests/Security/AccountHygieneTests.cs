using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PerfEval.Host.Domain;
using PerfEval.Host.Tests.Infrastructure;

namespace PerfEval.Host.Tests.Security;

/// <summary>
/// Sign-in answers do not tell which accounts exist (same text, one password hash either way), signing out ends the session for every
/// copy of the cookie, the cookie is Secure outside Development, responses carry nosniff and pages a CSP.
/// </summary>
public sealed class AccountHygieneTests(PerfEvalFactory factory) : IClassFixture<PerfEvalFactory>
{
    private static async Task<(HttpStatusCode Status, string? Detail, TimeSpan Elapsed)> LoginAsync(HttpClient client, string userName, string password)
    {
        var watch = Stopwatch.StartNew();
        var response = await client.PostJsonAsync("/api/auth/login", new { userName, password });
        watch.Stop();
        var text = await response.Content.ReadAsStringAsync();
        var detail = response.IsSuccessStatusCode ? null : JsonDocument.Parse(text).RootElement.GetProperty("detail").GetString();
        return (response.StatusCode, detail, watch.Elapsed);
    }

    private static TimeSpan Median(IEnumerable<TimeSpan> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    [Fact]
    public async Task Login_LockedAccount_SaysTheSameAsAnUnknownUser()
    {
        var client = factory.CreateClient();
        for (var n = 0; n < 10; n++)
        {
            await LoginAsync(client, "preparer-gs", "wrong-password");
        }

        var locked = await LoginAsync(client, "preparer-gs", "wrong-password");
        var unknown = await LoginAsync(client, "no-such-user", "wrong-password");
        var lockedWithRightPassword = await LoginAsync(client, "preparer-gs", PerfEvalFactory.DemoPassword);

        Assert.Equal(HttpStatusCode.Unauthorized, locked.Status);
        Assert.Equal(unknown.Status, locked.Status);
        Assert.Equal(unknown.Detail, locked.Detail);
        Assert.Equal(unknown.Detail, lockedWithRightPassword.Detail);
        Assert.DoesNotContain("锁定", locked.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_UnknownUser_VerifiesOnePasswordHashLikeAWrongPassword()
    {
        // The work, not the clock: a wall-time comparison failed on a loaded CI machine (109 against 289 ms). What made an
        // unknown name answer faster (3 ms against 80) was the missing hash; both answers must verify exactly one.
        var hasher = new CountingHasher();
        using var host = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddScoped<IPasswordHasher<AppUser>>(_ => hasher)));
        var client = host.CreateClient();

        var unknown = await hasher.CountAsync(() => LoginAsync(client, "nobody-at-all", "wrong-password"));
        var wrong = await hasher.CountAsync(() => LoginAsync(client, "deptreviewer", "wrong-password"));

        Assert.Equal(1, unknown);
        Assert.Equal(1, wrong);
    }

    /// <summary>Identity's hasher, counting the verifications.</summary>
    private sealed class CountingHasher : IPasswordHasher<AppUser>
    {
        private readonly PasswordHasher<AppUser> _inner = new();
        private int _verified;

        public async Task<int> CountAsync(Func<Task> action)
        {
            var before = Volatile.Read(ref _verified);
            await action();
            return Volatile.Read(ref _verified) - before;
        }

        public string HashPassword(AppUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verified);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    [Fact]
    public async Task Logout_CopyOfTheOldCookie_Gets401()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        var login = await client.PostJsonAsync("/api/auth/login", new { userName = "financereviewer", password = PerfEvalFactory.DemoPassword });
        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("PerfEval.Auth=", StringComparison.Ordinal)).Split(';')[0];
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        var before = await client.GetAsync(new Uri("/api/auth/me", UriKind.Relative));

        var logout = await client.PostAsync(new Uri("/api/auth/logout", UriKind.Relative), null);
        var after = await client.GetAsync(new Uri("/api/auth/me", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task Responses_ApiAndPages_CarryNosniffAndPagesACsp()
    {
        var client = factory.CreateClient();

        var api = await client.GetAsync(new Uri("/api/auth/me", UriKind.Relative));
        var page = await client.GetAsync(new Uri("/login", UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal("nosniff", api.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
        var csp = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        var nonce = csp.Split("'nonce-")[1].Split('\'')[0];
        Assert.Contains($"nonce=\"{nonce}\"", html, StringComparison.Ordinal);
        Assert.False(api.Headers.Contains("Content-Security-Policy"));
    }

    [Fact]
    public async Task Login_OutsideDevelopment_SetsASecureCookie()
    {
        using var production = new ProductionFactory();
        var client = production.CreateClient();

        var login = await client.PostJsonAsync("/api/auth/login", new { userName = "preparer", password = PerfEvalFactory.DemoPassword });

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("PerfEval.Auth=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Login_OutsideDevelopmentOverPlainHttp_SaysToUseHttpsInsteadOfFailing()
    {
        using var production = new ProductionFactory();
        var http = production.CreateClient(new() { BaseAddress = new Uri("http://localhost") });
        var https = production.CreateClient(new() { BaseAddress = new Uri("https://localhost") });

        var page = await http.GetAsync(new Uri("/login", UriKind.Relative));
        var health = await http.GetAsync(new Uri("/health", UriKind.Relative));
        var api = await http.PostJsonAsync("/api/auth/login", new { userName = "preparer", password = PerfEvalFactory.DemoPassword });
        var secure = await https.GetAsync(new Uri("/login", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("https://", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("ASPNETCORE_FORWARDEDHEADERS_ENABLED", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Equal(HttpStatusCode.OK, secure.StatusCode);
        Assert.Contains("__RequestVerificationToken", await secure.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private sealed class ProductionFactory : PerfEvalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
            builder.UseSetting("Demo:AllowOutsideDevelopment", "true");
        }
    }
}
