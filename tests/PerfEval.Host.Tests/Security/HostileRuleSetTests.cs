using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using PerfEval.Host.Tests.Infrastructure;
using PerfEval.Tests.Shared;
using static PerfEval.Host.Tests.Scoring.ScoringTestSupport;

namespace PerfEval.Host.Tests.Security;

/// <summary>
/// The hostile-expression corpus through every path that loads a rule set — validate, import, draft save + GET,
/// publish — in an advanced indicator and in an enabled metadata rule: never accepted, every refusal names the rule,
/// the host stays up. Validation is for the finance administrator only, and rule-set bodies are capped.
/// </summary>
public sealed class HostileRuleSetTests(PerfEvalFactory factory) : IClassFixture<PerfEvalFactory>
{
    private static IEnumerable<(string Name, JsonObject RuleSet, string Rule)> Cases(string id) =>
        HostileExpressions.All.SelectMany(e => new[]
        {
            ($"advanced {e.Name}", HostileRuleSets.Node(e.Expression, inMetadata: false, id), HostileRuleSets.IndicatorKey),
            ($"metadata {e.Name}", HostileRuleSets.Node(e.Expression, inMetadata: true, id), HostileRuleSets.MetaKey),
        });

    private static async Task<IReadOnlyList<string>> RulesNamedAsync(HttpResponseMessage response)
    {
        var body = await ReadJsonAsync(response);
        return body.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("rule").GetString()!).ToList();
    }

    private static async Task AssertHostUpAsync(HttpClient client)
        => Assert.Equal("Healthy", await client.GetStringAsync(new Uri("/health", UriKind.Relative)));

    [Fact]
    public async Task Validate_HostileCorpus_RefusesEachNamingTheRule()
    {
        var admin = await factory.ClientForAsync("financeadmin");
        var accepted = new List<string>();

        foreach (var (name, ruleSet, rule) in Cases("hostile-validate"))
        {
            var response = await admin.PostAsync(new Uri("/api/rule-sets/validate", UriKind.Relative), new StringContent(ruleSet.ToJsonString(), Encoding.UTF8, "application/json"));
            var body = await ReadJsonAsync(response);
            if (response.StatusCode != HttpStatusCode.OK || body.GetProperty("valid").GetBoolean()
                || !body.GetProperty("problems").EnumerateArray().Any(p => p.GetProperty("rule").GetString() == rule))
            {
                accepted.Add($"{name}: {(int)response.StatusCode} {body}");
            }
        }

        Assert.Empty(accepted);
        await AssertHostUpAsync(admin);
    }

    [Fact]
    public async Task Import_HostileCorpus_Returns400NamingTheRuleAndStoresNothing()
    {
        var admin = await factory.ClientForAsync("financeadmin");
        var accepted = new List<string>();

        foreach (var (name, ruleSet, rule) in Cases("hostile-import"))
        {
            var response = await admin.PostAsJsonAsync("/api/rule-sets/hostile-import/drafts", new { json = ruleSet });
            if (response.StatusCode != HttpStatusCode.BadRequest || !(await RulesNamedAsync(response)).Contains(rule))
            {
                accepted.Add($"{name}: {(int)response.StatusCode}");
            }
        }

        Assert.Empty(accepted);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(new Uri("/api/rule-sets/hostile-import/audit", UriKind.Relative))).StatusCode);
        await AssertHostUpAsync(admin);
    }

    [Fact]
    public async Task DraftSaveGetAndPublish_HostileCorpus_NamesTheRuleAndNeverPublishes()
    {
        var admin = await factory.ClientForAsync("financeadmin");
        var created = await admin.PostAsJsonAsync("/api/rule-sets/hostile-draft/drafts", new { json = HostileRuleSets.Node(HostileRuleSets.Benign, inMetadata: false, "hostile-draft") });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var revision = (await ReadJsonAsync(created)).GetProperty("info").GetProperty("revision").GetInt32();
        var failures = new List<string>();

        foreach (var (name, ruleSet, rule) in Cases("hostile-draft"))
        {
            var saved = await admin.PutAsJsonAsync("/api/rule-sets/hostile-draft/versions/1", new { json = ruleSet, revision });
            if (saved.StatusCode != HttpStatusCode.OK)
            {
                failures.Add($"{name}: save {(int)saved.StatusCode}");
                continue;
            }

            revision = (await ReadJsonAsync(saved)).GetProperty("info").GetProperty("revision").GetInt32();
            var get = await admin.GetAsync(new Uri("/api/rule-sets/hostile-draft/versions/1", UriKind.Relative));
            var publish = await admin.PostAsJsonAsync("/api/rule-sets/hostile-draft/versions/1/publish", new { note = "恶意表达式" });
            if (get.StatusCode != HttpStatusCode.OK || !(await RulesNamedAsync(get)).Contains(rule))
            {
                failures.Add($"{name}: GET {(int)get.StatusCode}");
            }

            if (publish.StatusCode != HttpStatusCode.BadRequest || !(await RulesNamedAsync(publish)).Contains(rule))
            {
                failures.Add($"{name}: publish {(int)publish.StatusCode}");
            }
        }

        Assert.Empty(failures);
        var info = await OkJsonAsync(await admin.GetAsync(new Uri("/api/rule-sets/hostile-draft/versions/1", UriKind.Relative)));
        Assert.Equal("draft", info.GetProperty("info").GetProperty("status").GetString());
        await AssertHostUpAsync(admin);
    }

    [Fact]
    public async Task Validate_Preparer_Returns403()
    {
        var preparer = await factory.ClientForAsync("preparer");

        var response = await preparer.PostAsJsonAsync("/api/rule-sets/validate", RuleSet("rubric-c-self-evaluation"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Validate_BodyOverTwoMegabytes_Returns413()
    {
        var admin = await factory.ClientForAsync("financeadmin");
        var huge = HostileRuleSets.WithAdvanced("\"" + new string('x', 3 * 1024 * 1024) + "\".Length > 0 ? 1m : 0m");

        var response = await admin.PostAsync(new Uri("/api/rule-sets/validate", UriKind.Relative), new StringContent(huge, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task UpdateDraft_PointsBeyondLong_Returns400NamingTheRuleAndKeepsTheDraft()
    {
        var admin = await factory.ClientForAsync("financeadmin");
        var created = await admin.PostAsJsonAsync("/api/rule-sets/huge-points/drafts", new { json = HostileRuleSets.Node(HostileRuleSets.Benign, inMetadata: false, "huge-points") });
        var before = await ReadJsonAsync(created);
        var text = HostileRuleSets.Node(HostileRuleSets.Benign, inMetadata: false, "huge-points").ToJsonString()
            .Replace("\"points\":100,\"template\"", "\"points\":9223372036854775808,\"template\"", StringComparison.Ordinal);

        var response = await admin.SendRawAsync(HttpMethod.Put, "/api/rule-sets/huge-points/versions/1", $"{{\"json\":{text},\"revision\":1}}");
        var get = await admin.GetAsync(new Uri("/api/rule-sets/huge-points/versions/1", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("points", (await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(before.GetProperty("json").GetString(), (await ReadJsonAsync(get)).GetProperty("json").GetString());
    }
}
