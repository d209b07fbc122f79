using System.Net;
using PerfEval.Host.Tests.Infrastructure;

namespace PerfEval.Host.Tests;

public sealed class RemindersDashboardTests(PerfEvalFactory factory) : IClassFixture<PerfEvalFactory>
{
    [Theory]
    [InlineData("preparer")]
    [InlineData("unithead")]
    [InlineData("deptreviewer")]
    [InlineData("financereviewer")]
    [InlineData("preparer-gs")]
    public async Task Hangfire_SignedInOtherRole_Returns403(string user)
    {
        var client = await factory.ClientForAsync(user);

        var response = await client.GetAsync(new Uri("/hangfire", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("/hangfire")]
    [InlineData("/hangfire/recurring")]
    [InlineData("/hangfire/stats")]
    public async Task Hangfire_Anonymous_Returns401(string path)
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = path.EndsWith("stats", StringComparison.Ordinal)
            ? await client.PostAsync(new Uri(path, UriKind.Relative), null)
            : await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Hangfire_FinanceAdmin_Returns200()
    {
        var client = await factory.ClientForAsync("financeadmin");

        var response = await client.GetAsync(new Uri("/hangfire", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("text/html", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
    }
}
