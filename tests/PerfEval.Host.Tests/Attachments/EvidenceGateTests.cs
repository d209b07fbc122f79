using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using PerfEval.Host.Tests.Infrastructure;
using static PerfEval.Host.Tests.Attachments.AttachmentTestFiles;
using static PerfEval.Host.Tests.Scoring.ScoringTestSupport;
using static PerfEval.Host.Tests.WorkflowTestHelpers;

namespace PerfEval.Host.Tests.Attachments;

/// <summary>Rubric A's items that need evidence (<c>evidenceRequired: "error"</c>) hold a report back until files are attached there.</summary>
public sealed class EvidenceGateTests(PerfEvalFactory.WithFileDatabase factory) : IClassFixture<PerfEvalFactory.WithFileDatabase>
{
    private static readonly (string Key, string Item, string Label)[] Required =
    [
        ("A.1.2.1", "3", "符合部门年度工作计划"),
        ("A.1.3.1", "1", "有相应的资金管理办法"),
        ("A.2.2.2", "1", "财务制度健全"),
        ("A.2.3.4", "1", "管理制度健全"),
    ];

    [Fact]
    public async Task Submit_TickedItemsWithoutEvidence_RefusedNamingEachItem()
    {
        var preparer = await factory.ClientForAsync("preparer");
        var id = await CreateSampleAsync(preparer, "佐证门槛一");

        var response = await FireAsync(preparer, id, "submit");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors").EnumerateArray()
            .Select(e => (Field: e.GetProperty("field").GetString()!, Message: e.GetProperty("message").GetString()!)).ToList();

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(Required.Select(r => $"evidence.{r.Key}.{r.Item}"), errors.Select(e => e.Field));
        Assert.All(Required.Zip(errors), p => Assert.Contains($"“{p.First.Label}”已勾选，需上传佐证材料", p.Second.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Submit_EvidenceAttachedToEachTickedItem_Accepted()
    {
        var preparer = await factory.ClientForAsync("preparer");
        var id = await CreateSampleAsync(preparer, "佐证门槛二");
        foreach (var (key, item, _) in Required)
        {
            var upload = await UploadAsync(preparer, id, $"{key}.pdf", Pdf(2000, seed: key.GetHashCode(StringComparison.Ordinal)), indicatorKey: key, itemId: item);
            Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        }

        var evidence = await GetJsonAsync(preparer, $"/api/reports/{id}/evidence");
        var response = await FireAsync(preparer, id, "submit");

        Assert.All(evidence.EnumerateArray(), r => Assert.False(r.GetProperty("missing").GetBoolean()));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Evidence_UntickedItem_NotClaimedAndNotMissing()
    {
        var preparer = await factory.ClientForAsync("preparer");
        var content = Sample("rubric-a-project-2021.json")["content"]!.AsObject();
        content["basic"]!["projectName"] = "佐证门槛三";
        content["assessments"]!.AsArray().OfType<JsonObject>().Single(a => (string?)a["key"] == "A.1.2.1")["checked"] = new JsonArray("1", "2", "4");
        var id = await CreateAsync(preparer, content);

        var evidence = await GetJsonAsync(preparer, $"/api/reports/{id}/evidence");
        var item = evidence.EnumerateArray().Single(r => r.GetProperty("indicatorKey").GetString() == "A.1.2.1");

        Assert.Equal((false, false, "error"), (item.GetProperty("claimed").GetBoolean(), item.GetProperty("missing").GetBoolean(), item.GetProperty("level").GetString()));
    }

    private static Task<Guid> CreateSampleAsync(HttpClient client, string title)
    {
        var content = Sample("rubric-a-project-2021.json")["content"]!.AsObject();
        content["basic"]!["projectName"] = title;
        return CreateAsync(client, content);
    }

    private static async Task<Guid> CreateAsync(HttpClient client, JsonObject content)
    {
        var created = await ReadJsonAsync(await client.PostAsJsonAsync("/api/reports", new { kind = "project", content }, ApiJson.Options));
        return created.GetProperty("summary").GetProperty("id").GetGuid();
    }
}
