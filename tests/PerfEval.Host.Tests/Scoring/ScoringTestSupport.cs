using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PerfEval.Host.Data;
using PerfEval.Host.Tests.Infrastructure;

namespace PerfEval.Host.Tests.Scoring;

/// <summary>Shared steps of the rule-set and scoring tests.</summary>
internal static class ScoringTestSupport
{
    /// <summary>The repository root (where rule-sets/ and samples/ live).</summary>
    public static string RepoRoot()
    {
        var dir = AppContext.BaseDirectory;
        while (dir is not null && !(Directory.Exists(Path.Combine(dir, "rule-sets")) && File.Exists(Path.Combine(dir, "samples", "rubric-a-project-2021.json"))))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? throw new DirectoryNotFoundException("rule-sets");
    }

    /// <summary>A shipped rule set as a JSON node (to edit in a test).</summary>
    public static JsonObject RuleSet(string id) => JsonNode.Parse(File.ReadAllText(Path.Combine(RepoRoot(), "rule-sets", id + ".json")))!.AsObject();

    /// <summary>A sample report file (<c>{ kind, content }</c>) from samples/.</summary>
    public static JsonObject Sample(string relativePath) => JsonNode.Parse(File.ReadAllText(Path.Combine(RepoRoot(), "samples", relativePath)))!.AsObject();

    /// <summary>The rule named <paramref name="ruleName"/> inside a rule-set node.</summary>
    public static JsonObject Rule(JsonObject ruleSet, string ruleName)
        => ruleSet["Rules"]!.AsArray().OfType<JsonObject>().Single(r => (string?)r["RuleName"] == ruleName);

    /// <summary>The accepted seed report with this title (tests create drafts with the same titles).</summary>
    public static async Task<Guid> ReportIdByTitleAsync(PerfEvalFactory factory, string title)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PerfEvalDbContext>();
        return await db.Reports.Where(r => r.Title == title && r.Stage == "Accepted").Select(r => r.Id).SingleAsync();
    }

    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.False(string.IsNullOrEmpty(text), $"{(int)response.StatusCode}: empty body");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<JsonElement> OkJsonAsync(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
