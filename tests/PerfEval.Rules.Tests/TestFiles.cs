using System.Text.Json;
using System.Text.Json.Nodes;
using PerfEval.Rules.Definitions;
using PerfEval.Rules.Loading;
using PerfEval.Rules.Model;

namespace PerfEval.Rules.Tests;

/// <summary>Shipped rule sets and sample reports, copied beside the test assembly.</summary>
internal static class TestFiles
{
    public static readonly string[] ShippedIds = ["rubric-a-project", "rubric-b-department", "rubric-c-self-evaluation", "checks-consistency"];

    public static string RuleSetJson(string id) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "rule-sets", id + ".json"));

    public static LoadedRuleSet RuleSet(string id) => RuleSetLoader.Load(RuleSetJson(id)).GetOrThrow();

    public static RubricDefinition Definition(string id) => RubricDefinition.FromWorkflowJson(RuleSetJson(id));

    public static ReportDocument Report(string relativePath)
    {
        var node = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", relativePath)))!;
        return node["content"]!.Deserialize<ReportDocument>(RulesJson.Options)!;
    }

    public static string Changan => "seeds/changan-2019-project-online-service.json";

    public static string Hechi => "seeds/hechi-2020-project-network-maintenance.json";

    public static string Yueyanglou => "seeds/yueyanglou-2017-project-network-platform.json";
}
