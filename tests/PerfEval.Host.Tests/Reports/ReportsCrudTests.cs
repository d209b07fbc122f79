using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PerfEval.Host.Tests.Infrastructure;

namespace PerfEval.Host.Tests.Reports;

/// <summary>Reports API behaviour that must hold on every database provider.</summary>
public abstract class ReportsCrudTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : PerfEvalFactory
{
    [SkippableFact]
    public async Task CreateReadUpdateList_ProjectReport_RoundTrips()
    {
        ProviderSkip.IfUnavailable(factory);
        var client = await factory.ClientForAsync("preparer");

        var created = await client.PostJsonAsync("/api/reports", new { kind = "project", content = ReportSamples.Project("增删改查项目") });
        var id = (await created.ReadNodeAsync())["summary"]!["id"]!.GetValue<Guid>();
        var fetched = await client.GetAsync(new Uri($"/api/reports/{id}", UriKind.Relative));
        var doc = ReportSamples.Project("增删改查项目（改）");
        doc.Funding.Spent.City = 29;
        var updated = await client.PutJsonAsync($"/api/reports/{id}", new { version = 1, content = doc });
        var list = await client.GetFromJsonAsync<JsonElement>("/api/reports?kind=project&pageSize=100");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("\"1\"", fetched.Headers.ETag?.Tag);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var body = await updated.ReadNodeAsync();
        Assert.Equal(2, body["summary"]!["version"]!.GetValue<int>());
        Assert.Equal(29m, body["content"]!["funding"]!["spent"]!["city"]!.GetValue<decimal>());
        Assert.Equal("yuan", body["content"]!["expenditure"]!["unit"]!.GetValue<string>());
        Assert.Contains(list.GetProperty("items").EnumerateArray(), r => r.GetProperty("title").GetString() == "增删改查项目（改）");
    }

    [SkippableFact]
    public async Task CreateReadUpdate_DepartmentReport_KeepsDepartmentTables()
    {
        ProviderSkip.IfUnavailable(factory);
        var client = await factory.ClientForAsync("financeadmin");
        var orgs = await OrgIdsAsync(client);

        var created = await client.PostJsonAsync("/api/reports", new { kind = "department", orgId = orgs["DEPT-HRSS"], content = ReportSamples.Department() });
        var node = await created.ReadNodeAsync();
        var id = node["summary"]!["id"]!.GetValue<Guid>();
        var section = await client.PutJsonAsync($"/api/reports/{id}/sections/narrative", new { version = 1, value = new { overview = "部门概况" } });
        var fetched = await (await client.GetAsync(new Uri($"/api/reports/{id}", UriKind.Relative))).ReadNodeAsync();

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, section.StatusCode);
        Assert.Equal("department", fetched["summary"]!["kind"]!.GetValue<string>());
        Assert.Equal(38, fetched["content"]!["department"]!["staffing"]!["rows"]![0]!["actualHeadcount"]!.GetValue<int>());
        Assert.Equal(1150m, fetched["content"]!["department"]!["revenue"]!["summary"]!["generalBudget"]!.GetValue<decimal>());
        Assert.Equal("部门概况", fetched["content"]!["narrative"]!["overview"]!.GetValue<string>());
        Assert.Equal(2, fetched["summary"]!["version"]!.GetValue<int>());
    }

    [SkippableFact]
    public async Task Get_UserOfAnotherUnit_Returns404()
    {
        ProviderSkip.IfUnavailable(factory);
        var owner = await factory.ClientForAsync("preparer");
        var created = await (await owner.PostJsonAsync("/api/reports", new { kind = "project", content = ReportSamples.Project("别人看不到") })).ReadNodeAsync();
        var id = created["summary"]!["id"]!.GetValue<Guid>();
        var stranger = await factory.ClientForAsync("preparer-gs");

        var get = await stranger.GetAsync(new Uri($"/api/reports/{id}", UriKind.Relative));
        var put = await stranger.PutJsonAsync($"/api/reports/{id}", new { version = 1, content = ReportSamples.Project("改") });
        var list = await stranger.GetFromJsonAsync<JsonElement>("/api/reports?pageSize=500");

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
        Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), r => r.GetProperty("id").GetGuid() == id);
    }

    [SkippableFact]
    public async Task Get_SupervisingDepartmentReviewer_SeesUnitReport()
    {
        ProviderSkip.IfUnavailable(factory);
        var owner = await factory.ClientForAsync("preparer");
        var id = (await (await owner.PostJsonAsync("/api/reports", new { kind = "project", content = ReportSamples.Project("上级可见") })).ReadNodeAsync())["summary"]!["id"]!.GetValue<Guid>();
        var reviewer = await factory.ClientForAsync("deptreviewer");

        var get = await reviewer.GetAsync(new Uri($"/api/reports/{id}", UriKind.Relative));
        var put = await reviewer.PutJsonAsync($"/api/reports/{id}", new { version = 1, content = ReportSamples.Project("上级改") });

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
    }

    [SkippableFact]
    public async Task Update_StaleVersion_Returns409AndStoredReportUnchanged()
    {
        ProviderSkip.IfUnavailable(factory);
        var client = await factory.ClientForAsync("preparer");
        var id = (await (await client.PostJsonAsync("/api/reports", new { kind = "project", content = ReportSamples.Project("并发项目") })).ReadNodeAsync())["summary"]!["id"]!.GetValue<Guid>();
        var first = await client.PutJsonAsync($"/api/reports/{id}", new { version = 1, content = ReportSamples.Project("第一次保存") });

        var stale = await client.PutJsonAsync($"/api/reports/{id}", new { version = 1, content = ReportSamples.Project("过期保存") });
        var stored = await (await client.GetAsync(new Uri($"/api/reports/{id}", UriKind.Relative))).ReadNodeAsync();

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(2, (await stale.ReadNodeAsync())["currentVersion"]!.GetValue<int>());
        Assert.Equal("第一次保存", stored["summary"]!["title"]!.GetValue<string>());
        Assert.Equal(2, stored["summary"]!["version"]!.GetValue<int>());
    }

    [SkippableFact]
    public async Task Update_IfMatchHeader_IsAcceptedAsVersion()
    {
        ProviderSkip.IfUnavailable(factory);
        var client = await factory.ClientForAsync("preparer");
        var id = (await (await client.PostJsonAsync("/api/reports", new { kind = "project", content = ReportSamples.Project("ETag项目") })).ReadNodeAsync())["summary"]!["id"]!.GetValue<Guid>();
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/reports/{id}")
        {
            Content = JsonContent.Create(new { content = ReportSamples.Project("ETag项目改") }, options: ApiJson.Options),
        };
        request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"1\""));

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"2\"", response.Headers.ETag?.Tag);
    }

    [SkippableFact]
    public async Task Delete_Draft_RemovesIt()
    {
        ProviderSkip.IfUnavailable(factory);
        var client = await factory.ClientForAsync("preparer");
        var id = (await (await client.PostJsonAsync("/api/reports", new { kind = "project", content = ReportSamples.Project("待删除") })).ReadNodeAsync())["summary"]!["id"]!.GetValue<Guid>();

        var delete = await client.DeleteAsync(new Uri($"/api/reports/{id}", UriKind.Relative));
        var get = await client.GetAsync(new Uri($"/api/reports/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
    }

    [SkippableFact]
    public async Task List_FilterByStageAndGrade_ReturnsMatchingPage()
    {
        ProviderSkip.IfUnavailable(factory);
        var client = await factory.ClientForAsync("financeadmin");

        var accepted = await client.GetFromJsonAsync<JsonElement>("/api/reports?stage=Accepted&pageSize=2&page=1");
        var grade = await client.GetFromJsonAsync<JsonElement>("/api/reports?grade=%E4%BC%98%E7%A7%80");

        Assert.Equal(3, accepted.GetProperty("total").GetInt32());
        Assert.Equal(2, accepted.GetProperty("items").GetArrayLength());
        Assert.All(grade.GetProperty("items").EnumerateArray(), r => Assert.Equal("优秀", r.GetProperty("statedGrade").GetString()));
        Assert.Equal(2, grade.GetProperty("total").GetInt32());
    }

    [SkippableFact]
    public async Task List_FilterByTitle_MatchesAPartInAnyCaseWithinTheCallersReports()
    {
        ProviderSkip.IfUnavailable(factory);
        var client = await factory.ClientForAsync("preparer");
        var tag = Guid.NewGuid().ToString("N")[..8];
        await client.PostJsonAsync("/api/reports", new { kind = "project", content = ReportSamples.Project($"标题搜索 Alpha-{tag} 路灯") });
        await client.PostJsonAsync("/api/reports", new { kind = "project", content = ReportSamples.Project($"标题搜索 beta-{tag} 绿化") });
        var stranger = await factory.ClientForAsync("preparer-gs");

        var both = await client.GetFromJsonAsync<JsonElement>($"/api/reports?title={tag}");
        var oneByCase = await client.GetFromJsonAsync<JsonElement>($"/api/reports?title=ALPHA-{tag.ToUpperInvariant()}");
        var oneByChinese = await client.GetFromJsonAsync<JsonElement>($"/api/reports?title={Uri.EscapeDataString($"{tag} 绿化")}");
        var none = await stranger.GetFromJsonAsync<JsonElement>($"/api/reports?title={tag}");

        Assert.Equal(2, both.GetProperty("total").GetInt32());
        Assert.Equal($"标题搜索 Alpha-{tag} 路灯", Assert.Single(oneByCase.GetProperty("items").EnumerateArray()).GetProperty("title").GetString());
        Assert.Equal($"标题搜索 beta-{tag} 绿化", Assert.Single(oneByChinese.GetProperty("items").EnumerateArray()).GetProperty("title").GetString());
        Assert.Equal(0, none.GetProperty("total").GetInt32());
    }

    [SkippableFact]
    public async Task List_TitleSearchTooLong_Returns400NamingTitle()
    {
        ProviderSkip.IfUnavailable(factory);
        var client = await factory.ClientForAsync("preparer");

        var response = await client.GetAsync(new Uri($"/api/reports?title={new string('a', 301)}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadNodeAsync())["errors"]!.AsObject().ContainsKey("title"));
    }

    internal static async Task<Dictionary<string, Guid>> OrgIdsAsync(HttpClient financeAdmin)
    {
        var orgs = await financeAdmin.GetFromJsonAsync<JsonElement>("/api/orgs");
        return orgs.EnumerateArray().ToDictionary(o => o.GetProperty("code").GetString()!, o => o.GetProperty("id").GetGuid());
    }
}

public sealed class ReportsCrudSqliteTests(PerfEvalFactory factory) : ReportsCrudTests<PerfEvalFactory>(factory);

public sealed class ReportsCrudPostgresTests(PostgresFactory factory) : ReportsCrudTests<PostgresFactory>(factory);
