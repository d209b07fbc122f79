using System.Linq.Expressions;
using System.Text.Json.Nodes;
using PerfEval.Rules.Loading;
using PerfEval.Tests.Shared;

namespace PerfEval.Rules.Tests.Security;

/// <summary>Trees and texts no parser limit foresaw: the whitelist walk is iterative, unreadable texts are named refusals.</summary>
public class LoaderRobustnessTests
{
    [Fact]
    public void Check_TreeOneHundredThousandDeep_ReportsDepthWithoutOverflow()
    {
        Expression body = Expression.Constant(1m);
        for (var n = 0; n < 100_000; n++)
        {
            body = Expression.Add(body, Expression.Constant(1m));
        }

        var violations = ExpressionWhitelist.Check(body);

        Assert.Contains(violations, v => v.Contains("嵌套过深", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{\"WorkflowName\":\"x\",\"WorkflowName\":\"y\",\"Rules\":[]}", "json", "Duplicate")]
    [InlineData("{\"WorkflowName\":\"x\",\"Rules\":[{\"RuleName\":\"A.1\",\"Properties\":{\"points\":1e400}}]}", "A.1", "超出允许范围")]
    [InlineData("{\"WorkflowName\":\"x\",\"Rules\":[{\"RuleName\":\"A.1\",\"Properties\":{\"points\":9223372036854775808}}]}", "A.1", "超出允许范围")]
    [InlineData("{\"WorkflowName\":\"x\",\"Rules\":[{\"RuleName\":\"A.1\",\"Properties\":{\"level3\":\"\\ud800\"}}]}", "A.1", "代理字符")]
    [InlineData("{\"WorkflowName\":\"x\",\"Rules\":[{\"RuleName\":\"A.1\",\"Properties\":{\"level3\":\"a\\u0001\"}}]}", "A.1", "控制字符")]
    public void CheckReadable_UnreadableText_NamesTheRule(string json, string rule, string reason)
    {
        var problems = RuleSetLoader.CheckReadable(json);

        Assert.Contains(problems, p => p.Rule == rule && p.Message.Contains(reason, StringComparison.Ordinal));
        Assert.False(RuleSetLoader.Load(json).Succeeded);
    }

    [Fact]
    public void Load_PointsBeyondLong_IsRefusedNotThrown()
    {
        var node = HostileRuleSets.Node(HostileRuleSets.Benign, inMetadata: false);
        node["Rules"]![1]!["Properties"]!["points"] = JsonNode.Parse("9223372036854775808");

        var result = RuleSetLoader.Load(node.ToJsonString());

        Assert.Contains(result.Problems, p => p.Rule == HostileRuleSets.IndicatorKey && p.Message.Contains("points", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_MetadataRuleWithUnknownRole_IsRefusedNamingTheRule()
    {
        var node = HostileRuleSets.Node(HostileRuleSets.Benign, inMetadata: false);
        node["Rules"]![1]!["Properties"]!["role"] = "script";

        var result = RuleSetLoader.Load(node.ToJsonString());

        Assert.Contains(result.Problems, p => p.Rule == HostileRuleSets.IndicatorKey);
    }

    [Fact]
    public void Load_DisabledIndicator_IsRefusedNamingTheRule()
    {
        var node = HostileRuleSets.Node(HostileRuleSets.Benign, inMetadata: false);
        node["Rules"]![1]!["Enabled"] = false;

        var result = RuleSetLoader.Load(node.ToJsonString());

        Assert.Contains(result.Problems, p => p.Rule == HostileRuleSets.IndicatorKey && p.Message.Contains("禁用", StringComparison.Ordinal));
    }
}
