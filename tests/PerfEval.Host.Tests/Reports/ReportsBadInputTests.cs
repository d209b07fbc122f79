using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using PerfEval.Host.Tests.Infrastructure;

namespace PerfEval.Host.Tests.Reports;

/// <summary>Bad input gets a 400 problem naming the field, and nothing is written.</summary>
public sealed class ReportsBadInputTests(PerfEvalFactory factory) : IClassFixture<PerfEvalFactory>
{
    public static TheoryData<string, string, string> BadBodies()
    {
        var valid = JsonSerializer.SerializeToNode(new { kind = "project", content = ReportSamples.Project("坏输入") }, ApiJson.Options)!.AsObject();
        JsonObject With(Action<JsonObject> change)
        {
            var copy = valid.DeepClone().AsObject();
            change(copy);
            return copy;
        }

        return new TheoryData<string, string, string>
        {
            { "malformed JSON", """{ "kind": "project", "content": { "basic": """, "content.basic" },
            { "negative amount", With(o => o["content"]!["funding"]!["planned"]!["city"] = -5).ToJsonString(), "content.funding.planned.city" },
            { "unknown enum value", With(o => o["content"]!["basic"]!["evaluationType"] = "sometimes").ToJsonString(), "content.basic.evaluationType" },
            { "missing required field", With(o => o.Remove("kind")).ToJsonString(), "kind" },
            { "empty project name", With(o => o["content"]!["basic"]!["projectName"] = "").ToJsonString(), "content.basic.projectName" },
            { "number as text", With(o => o["content"]!["funding"]!["spent"]!["total"] = "二十").ToJsonString(), "content.funding.spent.total" },
        };
    }

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Create_BadBody_Returns400NamingFieldAndWritesNothing(string scenario, string body, string field)
    {
        var client = await factory.ClientForAsync("preparer");
        var before = await CountAsync(client);

        var response = await client.SendRawAsync(HttpMethod.Post, "/api/reports", body);
        var problem = await response.ReadNodeAsync();
        var after = await CountAsync(client);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{scenario}: {response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = problem["errors"]!.AsObject();
        Assert.True(errors.ContainsKey(field), $"{scenario}: expected error for '{field}', got {errors.ToJsonString()}");
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Update_NegativeAmount_Returns400AndStoredReportUnchanged()
    {
        var client = await factory.ClientForAsync("preparer");
        var id = (await (await client.PostJsonAsync("/api/reports", new { kind = "project", content = ReportSamples.Project("保持不变") })).ReadNodeAsync())["summary"]!["id"]!.GetValue<Guid>();
        var bad = ReportSamples.Project("不应保存");
        bad.Expenditure.Lines[0].Actual = -1;

        var response = await client.PutJsonAsync($"/api/reports/{id}", new { version = 1, content = bad });
        var stored = await (await client.GetAsync(new Uri($"/api/reports/{id}", UriKind.Relative))).ReadNodeAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadNodeAsync())["errors"]!.AsObject().ContainsKey("content.expenditure.lines[0].actual"));
        Assert.Equal("保持不变", stored["summary"]!["title"]!.GetValue<string>());
        Assert.Equal(1, stored["summary"]!["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task UpdateSection_UnknownSection_Returns400NamingSection()
    {
        var client = await factory.ClientForAsync("preparer");
        var id = (await (await client.PostJsonAsync("/api/reports", new { kind = "project", content = ReportSamples.Project("分节") })).ReadNodeAsync())["summary"]!["id"]!.GetValue<Guid>();

        var response = await client.PutJsonAsync($"/api/reports/{id}/sections/signOffs", new { version = 1, value = new { } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadNodeAsync())["errors"]!.AsObject().ContainsKey("section"));
    }

    [Fact]
    public async Task List_UnknownKind_Returns400()
    {
        var client = await factory.ClientForAsync("preparer");

        var response = await client.GetAsync(new Uri("/api/reports?kind=nonsense", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static async Task<int> CountAsync(HttpClient client)
        => (await client.GetFromJsonAsync<JsonElement>("/api/reports?pageSize=1")).GetProperty("total").GetInt32();
}
