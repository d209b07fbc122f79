using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using PerfEval.Host.Tests.Infrastructure;
using static PerfEval.Host.Tests.WorkflowTestHelpers;

namespace PerfEval.Host.Tests;

/// <summary>
/// Workflow definition versions as rubric versions: publishing needs a change note (400 naming <c>note</c>), and every
/// lifecycle event (shipped, imported, published, retired) is in the definition's audit with who, role, when and the note.
/// </summary>
public sealed class WorkflowVersionAuditTests(PerfEvalFactory factory) : IClassFixture<PerfEvalFactory>
{
    private static async Task<JsonObject> ShippedAsync(HttpClient client, string id)
        => JsonNode.Parse((await GetJsonAsync(client, $"/api/workflows/{id}?version=1")).GetRawText())!.AsObject();

    private static async Task<int> VersionCountAsync(HttpClient client, string id)
        => (await GetJsonAsync(client, "/api/workflows")).EnumerateArray().Single(w => w.GetProperty("id").GetString() == id).GetProperty("versions").GetArrayLength();

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Theory]
    [InlineData("")]
    [InlineData("&note=%20%20")]
    public async Task PublishVersion_NoChangeNote_400NamingNote_NothingStored(string note)
    {
        var admin = await factory.ClientForAsync("financeadmin");
        var before = await VersionCountAsync(admin, "project-approval");

        var response = await admin.PostAsJsonAsync($"/api/workflows/project-approval/versions?publish=true{note}", await ShippedAsync(admin, "project-approval"));

        var problem = await ProblemAsync(response);
        Assert.Contains("变更说明", problem.GetProperty("errors").GetProperty("note")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await VersionCountAsync(admin, "project-approval"));
    }

    [Fact]
    public async Task PublishVersion_NoteOver2000Characters_400NamingNote()
    {
        var admin = await factory.ClientForAsync("financeadmin");

        var response = await admin.PostAsJsonAsync("/api/workflows/project-approval/versions",
            new { definition = await ShippedAsync(admin, "project-approval"), note = new string('长', 2001) });

        var problem = await ProblemAsync(response);
        Assert.Contains("2000", problem.GetProperty("errors").GetProperty("note")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishDraft_WithoutNote400_WithNotePublishedAndNoteListed()
    {
        var admin = await factory.ClientForAsync("financeadmin");
        var stored = await admin.PostAsJsonAsync("/api/workflows/department-approval/versions?publish=false", await ShippedAsync(admin, "department-approval"));
        Assert.Equal(HttpStatusCode.Created, stored.StatusCode);
        var version = (await stored.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();

        var noBody = await admin.PostAsync(new Uri($"/api/workflows/department-approval/versions/{version}/publish", UriKind.Relative), null);
        var blank = await admin.PostAsJsonAsync($"/api/workflows/department-approval/versions/{version}/publish", new { note = " " });
        var published = await admin.PostAsJsonAsync($"/api/workflows/department-approval/versions/{version}/publish", new { note = "  缩短财政审核期限  " });

        Assert.True((await ProblemAsync(noBody)).GetProperty("errors").TryGetProperty("note", out _));
        Assert.True((await ProblemAsync(blank)).GetProperty("errors").TryGetProperty("note", out _));
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        var info = await published.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("published", info.GetProperty("status").GetString());
        Assert.Equal("缩短财政审核期限", info.GetProperty("changeNote").GetString());
        Assert.Equal("financeadmin", info.GetProperty("publishedBy").GetString());
        var listed = (await GetJsonAsync(admin, "/api/workflows")).EnumerateArray().Single(w => w.GetProperty("id").GetString() == "department-approval")
            .GetProperty("versions").EnumerateArray().Single(v => v.GetProperty("version").GetInt32() == version);
        Assert.Equal("缩短财政审核期限", listed.GetProperty("changeNote").GetString());
    }

    [Fact]
    public async Task Audit_ImportPublishRetire_EachRecordedWithWhoRoleWhenAndNote_NewestFirst()
    {
        var admin = await factory.ClientForAsync("financeadmin");
        var definition = await ShippedAsync(admin, "project-approval");
        definition["id"] = "audit-test-approval";
        var at = factory.Clock.GetUtcNow().UtcDateTime;

        var draft = await admin.PostAsJsonAsync("/api/workflows/audit-test-approval/versions?publish=false&note=%E5%85%88%E5%AD%98%E8%8D%89%E7%A8%BF", definition);
        Assert.Equal(HttpStatusCode.Created, draft.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync("/api/workflows/audit-test-approval/versions/1/publish", new { note = "首个版本" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/workflows/audit-test-approval/versions", new { definition, note = "v2" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync("/api/workflows/audit-test-approval/versions/1/retire", new { note = "由 v2 取代" })).StatusCode);

        var audit = (await GetJsonAsync(admin, "/api/workflows/audit-test-approval/audit")).EnumerateArray().ToList();
        Assert.Equal(
            ["retired:1:由 v2 取代", "published:2:v2", "imported:2:", "published:1:首个版本", "imported:1:先存草稿"],
            audit.Select(a => $"{a.GetProperty("action").GetString()}:{a.GetProperty("version").GetInt32()}:{a.GetProperty("note").GetString()}"));
        Assert.All(audit, a =>
        {
            Assert.Equal("financeadmin", a.GetProperty("userName").GetString());
            Assert.Equal("陈管理", a.GetProperty("displayName").GetString());
            Assert.Equal("FinanceAdmin", a.GetProperty("role").GetString());
            Assert.Equal("财政绩效管理员", a.GetProperty("roleLabel").GetString());
            Assert.Equal(at, a.GetProperty("atUtc").GetDateTime().ToUniversalTime());
        });
    }

    [Fact]
    public async Task Audit_ShippedVersion_RecordedAsShippedBySystem()
    {
        var admin = await factory.ClientForAsync("financeadmin");

        var audit = await GetJsonAsync(admin, "/api/workflows/project-approval/audit");

        Assert.Contains(audit.EnumerateArray(), a => a.GetProperty("action").GetString() == "shipped" && a.GetProperty("version").GetInt32() == 1
            && a.GetProperty("userName").GetString() == "system");
    }

    [Fact]
    public async Task PublishDraft_RetiredVersion_409AndNoAuditRow()
    {
        var admin = await factory.ClientForAsync("financeadmin");
        var definition = await ShippedAsync(admin, "project-approval");
        definition["id"] = "retired-test-approval";
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/workflows/retired-test-approval/versions?note=v1", definition)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/workflows/retired-test-approval/versions?note=v2", definition)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync(new Uri("/api/workflows/retired-test-approval/versions/1/retire", UriKind.Relative), null)).StatusCode);
        var before = (await GetJsonAsync(admin, "/api/workflows/retired-test-approval/audit")).GetArrayLength();

        var republish = await admin.PostAsJsonAsync("/api/workflows/retired-test-approval/versions/1/publish", new { note = "重新启用" });

        Assert.Equal(HttpStatusCode.Conflict, republish.StatusCode);
        Assert.Equal(before, (await GetJsonAsync(admin, "/api/workflows/retired-test-approval/audit")).GetArrayLength());
    }

    [Theory]
    [InlineData("financereviewer", "/api/workflows/project-approval/audit", HttpStatusCode.Forbidden)]
    [InlineData("preparer", "/api/workflows/project-approval/audit", HttpStatusCode.Forbidden)]
    [InlineData("financeadmin", "/api/workflows/no-such-flow/audit", HttpStatusCode.NotFound)]
    public async Task Audit_NotFinanceAdminOrUnknown_Refused(string user, string url, HttpStatusCode expected)
    {
        var client = await factory.ClientForAsync(user);

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task PublishVersion_ReplacesDraft_SameNumberNewContentAuditSaysUpdated()
    {
        var admin = await factory.ClientForAsync("financeadmin");
        var definition = await ShippedAsync(admin, "project-approval");
        definition["id"] = "draft-replace-approval";
        var first = await admin.PostAsJsonAsync("/api/workflows/draft-replace-approval/versions?publish=false", definition);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        definition["name"] = "改过名字的草稿";

        var again = await admin.PostAsJsonAsync("/api/workflows/draft-replace-approval/versions?publish=false&replacesDraft=1", definition);

        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(1, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());
        Assert.Equal(1, await VersionCountAsync(admin, "draft-replace-approval"));
        Assert.Equal("改过名字的草稿", (await GetJsonAsync(admin, "/api/workflows/draft-replace-approval?version=1")).GetProperty("name").GetString());
        var audit = (await GetJsonAsync(admin, "/api/workflows/draft-replace-approval/audit")).EnumerateArray().Select(a => a.GetProperty("action").GetString()).ToList();
        Assert.Equal(["updated", "imported"], audit);

        var published = await admin.PostAsJsonAsync("/api/workflows/draft-replace-approval/versions?replacesDraft=1&note=%E5%8F%91%E5%B8%83", definition);

        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        Assert.Equal("published", (await published.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal(1, await VersionCountAsync(admin, "draft-replace-approval"));
    }

    [Fact]
    public async Task PublishVersion_ReplacesAPublishedVersion_409NothingChanged()
    {
        var admin = await factory.ClientForAsync("financeadmin");
        var shipped = await ShippedAsync(admin, "department-approval");
        var before = await VersionCountAsync(admin, "department-approval");
        var name = shipped["name"]!.GetValue<string>();
        shipped["name"] = "不应写入";

        var response = await admin.PostAsJsonAsync("/api/workflows/department-approval/versions?publish=false&replacesDraft=1", shipped);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(before, await VersionCountAsync(admin, "department-approval"));
        Assert.Equal(name, (await GetJsonAsync(admin, "/api/workflows/department-approval?version=1")).GetProperty("name").GetString());
    }
}
