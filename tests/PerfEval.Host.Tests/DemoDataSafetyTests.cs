using Microsoft.AspNetCore.Hosting;
using PerfEval.Host.Tests.Infrastructure;

namespace PerfEval.Host.Tests;

public sealed class DemoDataSafetyTests
{
    private sealed class ProductionFactory : PerfEvalFactory
    {
        public bool DemoEnabled { get; init; } = true;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
            builder.UseSetting("Demo:Enabled", DemoEnabled ? "true" : "false");
        }
    }

    [Fact]
    public void Start_ProductionWithDemoUsers_RefusesToStart()
    {
        using var factory = new ProductionFactory();

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Demo", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ProductionWithoutDemo_ServesHealthWithNoDemoUsers()
    {
        using var factory = new ProductionFactory { DemoEnabled = false };
        var client = factory.CreateClient();

        var health = await client.GetStringAsync(new Uri("/health", UriKind.Relative));
        var login = await client.PostJsonAsync("/api/auth/login", new { userName = "preparer", password = PerfEvalFactory.DemoPassword });

        Assert.Equal("Healthy", health);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, login.StatusCode);
    }
}
