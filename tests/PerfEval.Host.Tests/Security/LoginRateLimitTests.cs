using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using PerfEval.Host.Tests.Infrastructure;

namespace PerfEval.Host.Tests.Security;

/// <summary>One client cannot hammer the sign-in: beyond the per-minute limit it gets 429, so it cannot lock others out.</summary>
public sealed class LoginRateLimitTests(LoginRateLimitTests.LimitedFactory factory) : IClassFixture<LoginRateLimitTests.LimitedFactory>
{
    private const string ClientHeader = "X-Test-Client-Address";

    private HttpClient ClientAt(string address)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add(ClientHeader, address);
        return client;
    }

    [Fact]
    public async Task Login_TwelveWrongTriesFromOneClient_AreCutAt429AndTheAccountStaysUsable()
    {
        var attacker = ClientAt("10.0.0.1");
        var statuses = new List<HttpStatusCode>();
        for (var n = 0; n < 12; n++)
        {
            statuses.Add((await attacker.PostJsonAsync("/api/auth/login", new { userName = "unithead", password = "wrong-password" })).StatusCode);
        }

        var owner = await ClientAt("10.0.0.2").PostJsonAsync("/api/auth/login", new { userName = "unithead", password = PerfEvalFactory.DemoPassword });

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, 3), .. Enumerable.Repeat(HttpStatusCode.TooManyRequests, 9)], statuses);
        Assert.Equal(HttpStatusCode.OK, owner.StatusCode);
    }

    [Fact]
    public async Task Login_BeyondTheLimit_AnswersProblemWithRetryAfter()
    {
        var client = ClientAt("10.0.0.3");
        HttpResponseMessage last = new();
        for (var n = 0; n < 4; n++)
        {
            last = await client.PostJsonAsync("/api/auth/login", new { userName = "nobody", password = "x" });
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, last.StatusCode);
        Assert.Equal("application/problem+json", last.Content.Headers.ContentType?.MediaType);
        Assert.True(last.Headers.RetryAfter is not null);
    }

    /// <summary>Three attempts per minute; the client address comes from a test header (the test server has none).</summary>
    public sealed class LimitedFactory : PerfEvalFactory
    {
        protected override int LoginAttemptsPerMinute => 3;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(s => s.AddSingleton<IStartupFilter, ClientAddressFromHeader>());
        }
    }

    private sealed class ClientAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[ClientHeader], out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return following(context);
            });
            next(app);
        };
    }
}
