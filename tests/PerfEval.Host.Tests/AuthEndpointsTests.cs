using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PerfEval.Host.Tests.Infrastructure;

namespace PerfEval.Host.Tests;

public sealed class AuthEndpointsTests(PerfEvalFactory factory) : IClassFixture<PerfEvalFactory>
{
    [Theory]
    [InlineData("preparer", "Preparer", "UNIT-SI")]
    [InlineData("unithead", "UnitHead", "UNIT-SI")]
    [InlineData("deptreviewer", "DepartmentReviewer", "DEPT-HRSS")]
    [InlineData("financereviewer", "FinanceReviewer", "FIN")]
    [InlineData("financeadmin", "FinanceAdmin", "FIN")]
    [InlineData("preparer-gs", "Preparer", "UNIT-GS")]
    public async Task Login_DemoUser_MeReturnsRoleAndOrg(string userName, string role, string orgCode)
    {
        var client = await factory.ClientForAsync(userName);

        var me = await client.GetFromJsonAsync<JsonElement>("/api/auth/me");

        Assert.Equal(userName, me.GetProperty("userName").GetString());
        Assert.Equal(role, me.GetProperty("role").GetString());
        Assert.Equal(orgCode, me.GetProperty("orgCode").GetString());
    }

    [Fact]
    public async Task Login_WrongPassword_Returns401Problem()
    {
        var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName = "preparer", password = "wrong-password" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Me_Anonymous_Returns401()
    {
        var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/api/auth/me", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Logout_SignedIn_MeThenReturns401()
    {
        var client = await factory.ClientForAsync("preparer");

        var logout = await client.PostAsync(new Uri("/api/auth/logout", UriKind.Relative), null);
        var me = await client.GetAsync(new Uri("/api/auth/me", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
    }

    [Fact]
    public async Task Health_Anonymous_ReturnsHealthy()
    {
        var client = factory.CreateClient();

        var body = await client.GetStringAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal("Healthy", body);
    }
}
