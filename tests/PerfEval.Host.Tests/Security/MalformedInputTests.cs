using System.Net;
using System.Text.Json.Nodes;
using PerfEval.Host.Tests.Infrastructure;
using PerfEval.Tests.Shared;

namespace PerfEval.Host.Tests.Security;

/// <summary>The 500s of the attack report that wrote nothing, each now a 400 naming the field, with nothing stored.</summary>
public sealed class MalformedInputTests(PerfEvalFactory factory) : IClassFixture<PerfEvalFactory>
{
    private static string Benign(string id) => HostileRuleSets.WithAdvanced(HostileRuleSets.Benign, id);

    /// <summary>The rule set's text with a lone surrogate escaped in the indicator's name.</summary>
    private static string WithLoneSurrogate(string id)
    {
        var node = HostileRuleSets.Node(HostileRuleSets.Benign, inMetadata: false, id);
        node["Rules"]![1]!["Properties"]!["level3"] = "SURROGATE";
        return node.ToJsonString().Replace("SURROGATE", "\\ud800", StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string, string> Cases() => new()
    {
        { "overflowing number in rule set", "/api/rule-sets/validate", Benign("x").Replace("\"points\":100,\"template\"", "\"points\":1e400,\"template\"", StringComparison.Ordinal), "Rules[1].Properties.points" },
        { "duplicate key in rule set", "/api/rule-sets/dup/drafts", "{\"json\":" + Benign("dup") + ",\"json\":" + Benign("dup") + "}", "json" },
        { "fromVersion of the wrong type", "/api/rule-sets/rubric-a-project/drafts", "{\"fromVersion\":\"one\"}", "fromVersion" },
        { "fromVersion of the wrong type (object)", "/api/rule-sets/rubric-a-project/drafts", "{\"fromVersion\":{}}", "fromVersion" },
        { "lone surrogate in a rule-set text", "/api/rule-sets/surrogate/drafts", "{\"json\":" + System.Text.Json.JsonSerializer.Serialize(WithLoneSurrogate("surrogate")) + "}", "G1.1" },
        { "lone surrogate in a report", "/api/reports", "{\"kind\":\"project\",\"content\":{\"basic\":{\"projectName\":\"\\ud800\",\"year\":2025}}}", "content.basic.projectName" },
        { "null units[0]", "/api/rounds", "{\"name\":\"空单位\",\"kind\":\"project\",\"deadline\":\"2030-01-31\",\"units\":[null]}", "units[0]" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Post_MalformedInput_Returns400NamingTheFieldAndStoresNothing(string scenario, string url, string body, string field)
    {
        var client = await factory.ClientForAsync("financeadmin");
        var before = await StoredState.EverythingAsync(factory);

        var response = await client.SendRawAsync(HttpMethod.Post, url, body);
        var text = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{scenario}: {(int)response.StatusCode} {text}");
        Assert.True(JsonNode.Parse(text)!["errors"]!.AsObject().ContainsKey(field), $"{scenario}: {text}");
        Assert.Equal(before, await StoredState.EverythingAsync(factory));
    }
}
