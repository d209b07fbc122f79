using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using PerfEval.Host.Infrastructure;
using PerfEval.Host.Tests.Infrastructure;
using static PerfEval.Host.Tests.Scoring.ScoringTestSupport;

namespace PerfEval.Host.Tests.RuleSets;

/// <summary>Rule-set versions: shipped v1, draft → publish (with a note) → immutable, imports refused whole, admin-only writes.</summary>
public sealed class RuleSetsVersionTests(PerfEvalFactory factory) : IClassFixture<PerfEvalFactory>
{
    [Fact]
    public async Task List_AfterStartup_ShipsFourRuleSetsAsPublishedVersion1()
    {
        var preparer = await factory.ClientForAsync("preparer");

        var list = await OkJsonAsync(await preparer.GetAsync(new Uri("/api/rule-sets", UriKind.Relative)));

        var ids = list.EnumerateArray().Select(r => r.GetProperty("ruleSetId").GetString()).ToList();
        Assert.Contains("rubric-a-project", ids);
        Assert.Contains("rubric-b-department", ids);
        Assert.Contains("rubric-c-self-evaluation", ids);
        Assert.Contains("checks-consistency", ids);
        var c = list.EnumerateArray().Single(r => r.GetProperty("ruleSetId").GetString() == "rubric-c-self-evaluation");
        var v1 = c.GetProperty("versions").EnumerateArray().Single(v => v.GetProperty("version").GetInt32() == 1);
        Assert.Equal("published", v1.GetProperty("status").GetString());
        Assert.Equal("scoring", c.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Draft_EditPublishWithNote_BecomesImmutableAndAudited()
    {
        var admin = await factory.ClientForAsync("financeadmin");
        var created = await admin.PostAsJsonAsync("/api/rule-sets/rubric-b-department/drafts", new { fromVersion = 1 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var draft = await ReadJsonAsync(created);
        var version = draft.GetProperty("info").GetProperty("version").GetInt32();
        Assert.True(version >= 2);
        Assert.Equal("draft", draft.GetProperty("info").GetProperty("status").GetString());
        var json = JsonNode.Parse(draft.GetProperty("json").GetString()!)!.AsObject();
        Rule(json, "rubric")["Properties"]!["title"] = "部门整体支出绩效评价评分表（修订）";

        var updated = await admin.PutAsJsonAsync($"/api/rule-sets/rubric-b-department/versions/{version}", new { json, revision = 1 });
        var stale = await admin.PutAsJsonAsync($"/api/rule-sets/rubric-b-department/versions/{version}", new { json, revision = 1 });
        var noNote = await admin.PostAsJsonAsync($"/api/rule-sets/rubric-b-department/versions/{version}/publish", new { note = "" });
        var published = await admin.PostAsJsonAsync($"/api/rule-sets/rubric-b-department/versions/{version}/publish", new { note = "标题改为修订版" });
        var editPublished = await admin.PutAsJsonAsync($"/api/rule-sets/rubric-b-department/versions/{version}", new { json, revision = 3 });

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noNote.StatusCode);
        Assert.True((await ReadJsonAsync(noNote)).GetProperty("errors").TryGetProperty("note", out _));
        var info = await OkJsonAsync(published);
        Assert.Equal("published", info.GetProperty("status").GetString());
        Assert.Equal("标题改为修订版", info.GetProperty("changeNote").GetString());
        Assert.Equal(HttpStatusCode.Conflict, editPublished.StatusCode);
        var stored = await OkJsonAsync(await admin.GetAsync(new Uri($"/api/rule-sets/rubric-b-department/versions/{version}", UriKind.Relative)));
        var storedJson = JsonNode.Parse(stored.GetProperty("json").GetString()!)!.AsObject();
        Assert.Equal("部门整体支出绩效评价评分表（修订）", (string?)Rule(storedJson, "rubric")["Properties"]!["title"]);
        Assert.Equal(version, (int)Rule(storedJson, "rubric")["Properties"]!["version"]!);
        var audit = await OkJsonAsync(await admin.GetAsync(new Uri("/api/rule-sets/rubric-b-department/audit", UriKind.Relative)));
        var actions = audit.EnumerateArray().Where(a => a.GetProperty("version").GetInt32() == version)
            .Select(a => (a.GetProperty("action").GetString(), a.GetProperty("userName").GetString())).ToList();
        Assert.Equal([("created", "financeadmin"), ("updated", "financeadmin"), ("published", "financeadmin")], actions);
        var diff = await OkJsonAsync(await admin.GetAsync(new Uri($"/api/rule-sets/rubric-b-department/diff?from=1&to={version}", UriKind.Relative)));
        Assert.Contains(diff.GetProperty("changes").EnumerateArray(), c => c.GetProperty("description").GetString()!.Contains("修订", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_BrokenFile_Returns400ListingEveryProblemAndSavesNothing()
    {
        var admin = await factory.ClientForAsync("financeadmin");
        var broken = RuleSet("rubric-a-project");
        Rule(broken, "A.1.1.1")["Properties"]!["points"] = 5;
        Rule(broken, "A.2.1.1")["Actions"]!["OnSuccess"]!["Context"]!["Expression"] = "DateTime.Now.Year > 2000 ? 3m : 0m";
        var before = await OkJsonAsync(await admin.GetAsync(new Uri("/api/rule-sets", UriKind.Relative)));

        var response = await admin.PostAsJsonAsync("/api/rule-sets/imported-broken/drafts", new { json = broken });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problems = (await ReadJsonAsync(response)).GetProperty("problems").EnumerateArray()
            .Select(p => p.GetProperty("rule").GetString()).ToList();
        Assert.Contains("A.1.1", problems);
        Assert.Contains("A.2.1.1", problems);
        var after = await OkJsonAsync(await admin.GetAsync(new Uri("/api/rule-sets", UriKind.Relative)));
        Assert.Equal(before.GetArrayLength(), after.GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(new Uri("/api/rule-sets/imported-broken/audit", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Validate_BrokenFile_ReturnsInvalidWithTheRuleNamed()
    {
        var admin = await factory.ClientForAsync("financeadmin");
        var broken = RuleSet("rubric-c-self-evaluation");
        Rule(broken, "rubric")["Properties"]!["gradeBands"]![0]!["min"] = 95;

        var result = await OkJsonAsync(await admin.PostAsJsonAsync("/api/rule-sets/validate", broken));

        Assert.False(result.GetProperty("valid").GetBoolean());
        Assert.Contains(result.GetProperty("problems").EnumerateArray(), p => p.GetProperty("rule").GetString() == "rubric");
    }

    [Fact]
    public async Task Writes_NonAdmin_Return403()
    {
        var reviewer = await factory.ClientForAsync("financereviewer");

        var draft = await reviewer.PostAsJsonAsync("/api/rule-sets/rubric-a-project/drafts", new { fromVersion = 1 });
        var publish = await reviewer.PostAsJsonAsync("/api/rule-sets/rubric-a-project/versions/1/publish", new { note = "x" });
        var retire = await reviewer.PostAsJsonAsync("/api/rule-sets/rubric-a-project/versions/1/retire", new { note = "x" });
        var read = await reviewer.GetAsync(new Uri("/api/rule-sets/rubric-a-project/versions/1", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, draft.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, retire.StatusCode);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    [Fact]
    public async Task Export_PublishedVersion_ReturnsTheRawFile()
    {
        var preparer = await factory.ClientForAsync("preparer");

        var response = await preparer.GetAsync(new Uri("/api/rule-sets/rubric-a-project/versions/1/export", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("rubric-a-project-v1.json", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var shipped = await File.ReadAllTextAsync(Path.Combine(RepoRoot(), "rule-sets", "rubric-a-project.json"));
        Assert.Equal(shipped, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Retire_PublishedImport_StaysUsableByVersionButNotAsLatest()
    {
        var admin = await factory.ClientForAsync("financeadmin");
        var imported = await admin.PostAsJsonAsync("/api/rule-sets/retire-test/drafts", new { json = RuleSet("rubric-a-project") });
        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        (await admin.PostAsJsonAsync("/api/rule-sets/retire-test/versions/1/publish", new { note = "导入" })).EnsureSuccessStatusCode();
        var sample = Sample("rubric-a-project-2021.json");

        var retired = await OkJsonAsync(await admin.PostAsJsonAsync("/api/rule-sets/retire-test/versions/1/retire", new { note = "不再使用" }));
        var pinned = await admin.PostAsJsonAsync("/api/reports/score/preview", new { kind = "project", content = sample["content"], ruleSetId = "retire-test", version = 1 });
        var latest = await admin.PostAsJsonAsync("/api/reports/score/preview", new { kind = "project", content = sample["content"], ruleSetId = "retire-test" });

        Assert.Equal("retired", retired.GetProperty("status").GetString());
        var score = await OkJsonAsync(pinned);
        Assert.Equal(98m, score.GetProperty("total").GetDecimal());
        Assert.Equal("retire-test", score.GetProperty("ruleSetId").GetString());
        Assert.Equal(HttpStatusCode.NotFound, latest.StatusCode);
    }

    [Fact]
    public async Task Import_WholeFileAsBody_CreatesVersion1DraftOfANewRuleSet()
    {
        var admin = await factory.ClientForAsync("financeadmin");
        var file = RuleSet("checks-consistency");

        var response = await admin.PostAsJsonAsync("/api/rule-sets/checks-copy/drafts", file);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var draft = await ReadJsonAsync(response);
        Assert.Equal(1, draft.GetProperty("info").GetProperty("version").GetInt32());
        Assert.Equal("checks", draft.GetProperty("info").GetProperty("kind").GetString());
        Assert.Equal("checks-copy", (string?)JsonNode.Parse(draft.GetProperty("json").GetString()!)!["WorkflowName"]);
        var audit = await OkJsonAsync(await admin.GetAsync(new Uri("/api/rule-sets/checks-copy/audit", UriKind.Relative)));
        Assert.Equal("imported", Assert.Single(audit.EnumerateArray()).GetProperty("action").GetString());
    }

    [Fact]
    public async Task StartupTasks_RunAgain_DoNotStoreShippedRuleSetsTwice()
    {
        var admin = await factory.ClientForAsync("financeadmin");
        var before = await OkJsonAsync(await admin.GetAsync(new Uri("/api/rule-sets/rubric-a-project/audit", UriKind.Relative)));

        await factory.Services.RunStartupTasksAsync();

        var after = await OkJsonAsync(await admin.GetAsync(new Uri("/api/rule-sets/rubric-a-project/audit", UriKind.Relative)));
        Assert.Equal(before.GetArrayLength(), after.GetArrayLength());
        Assert.Single(after.EnumerateArray(), a => a.GetProperty("action").GetString() == "shipped");
    }
}
