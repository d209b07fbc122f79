using System.Net;
using System.Text;
using PerfEval.Host.Tests.Infrastructure;
using static PerfEval.Host.Tests.WorkflowTestHelpers;

namespace PerfEval.Host.Tests.Security;

/// <summary>
/// Unsafe API requests authenticated by the cookie need the X-PerfEval-Request header: what a cross-origin form or
/// no-cors fetch sends (cookie, no custom header) is refused with 403 and changes nothing — bodyless endpoints included.
/// </summary>
public sealed class CrossSiteRequestTests(PerfEvalFactory.WithFileDatabase factory) : IClassFixture<PerfEvalFactory.WithFileDatabase>
{
    private static HttpRequestMessage WithoutHeader(HttpMethod method, string url, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = content };
        return request;
    }

    private static async Task<HttpResponseMessage> SendWithoutHeaderAsync(HttpClient client, HttpRequestMessage request)
    {
        client.DefaultRequestHeaders.Remove(PerfEvalFactory.ApiHeader);
        try
        {
            return await client.SendAsync(request);
        }
        finally
        {
            client.DefaultRequestHeaders.Add(PerfEvalFactory.ApiHeader, "1");
        }
    }

    [Fact]
    public async Task CloseRound_FormPostWithoutHeader_Returns403AndRoundStaysOpen()
    {
        var reportId = await RoundsTestSupport.OpenSingleReportRoundAsync(factory, RoundsTestSupport.Today(factory).AddDays(30), 7);
        var roundId = await RoundsTestSupport.RoundOfAsync(factory, reportId);
        var admin = await factory.ClientForAsync("financeadmin");

        var response = await SendWithoutHeaderAsync(admin, WithoutHeader(HttpMethod.Post, $"/api/rounds/{roundId}/close",
            new FormUrlEncodedContent([new("x", "1")])));
        var round = await GetJsonAsync(admin, $"/api/rounds/{roundId}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("X-PerfEval-Request", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("open", round.GetProperty("round").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Submit_NoCorsFetchWithoutHeader_Returns403AndReportStaysDraft()
    {
        var reportId = await CreateProjectReportAsync(factory, "跨站提交测试");
        var preparer = await factory.ClientForAsync("preparer");

        // What fetch(url, { method: "POST", mode: "no-cors", credentials: "include" }) sends: the cookie, no body, no header.
        var response = await SendWithoutHeaderAsync(preparer, WithoutHeader(HttpMethod.Post, $"/api/reports/{reportId}/actions/submit"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Draft", await StageOfAsync(factory, reportId));
    }

    [Fact]
    public async Task Submit_WithHeader_MovesTheReport()
    {
        var reportId = await CreateProjectReportAsync(factory, "带请求头提交测试");
        var preparer = await factory.ClientForAsync("preparer");

        var response = await FireAsync(preparer, reportId, "submit");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("UnitSignOff", await StageOfAsync(factory, reportId));
    }

    [Fact]
    public async Task DeleteAndPut_WithoutHeader_Return403()
    {
        var reportId = await CreateProjectReportAsync(factory, "跨站删除测试");
        var preparer = await factory.ClientForAsync("preparer");

        var delete = await SendWithoutHeaderAsync(preparer, WithoutHeader(HttpMethod.Delete, $"/api/reports/{reportId}"));
        var put = await SendWithoutHeaderAsync(preparer, WithoutHeader(HttpMethod.Put, $"/api/reports/{reportId}",
            new StringContent("{\"version\":1,\"content\":{\"basic\":{\"projectName\":\"改\",\"year\":2025}}}", Encoding.UTF8, "application/json")));

        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
        Assert.Equal(1, await VersionOfAsync(factory, reportId));
    }

    [Fact]
    public async Task Login_AnonymousWithoutHeader_IsAllowed()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Remove(PerfEvalFactory.ApiHeader);

        var response = await client.PostJsonAsync("/api/auth/login", new { userName = "preparer", password = PerfEvalFactory.DemoPassword });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
