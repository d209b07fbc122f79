using PerfEval.Rules.Definitions;
using PerfEval.Rules.Loading;

namespace PerfEval.Rules.Tests;

public class RefusalTests
{
    private static RuleSetLoadResult LoadEdited(Action<RubricDefinition> edit, string id = "rubric-a-project")
    {
        var d = TestFiles.Definition(id);
        edit(d);
        return RuleSetLoader.Load(d.ToWorkflowJson());
    }

    private static IndicatorDefinition Indicator(RubricDefinition d, string key) => d.AllIndicators().Single(i => i.Key == key);

    private static void MakeAdvanced(RubricDefinition d, string key, string expression)
    {
        var i = Indicator(d, key);
        i.Template = TemplateKind.Advanced;
        i.Expression = expression;
    }

    [Fact]
    public void Load_IndicatorPointsOffByOne_NamesTheGroupAndTheNumbers()
    {
        var result = LoadEdited(d =>
        {
            var i = Indicator(d, "A.1.1.1");
            i.Points = 5;
            i.Parameters.Items![0].Points = 2;
        });

        var problem = Assert.Single(result.Problems);
        Assert.Equal("A.1.1", problem.Rule);
        Assert.Contains("二级指标「项目目标」分值 4，但其下三级指标分值之和为 5", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ChecklistItemsAbovePoints_NamesTheRuleAndTheNumbers()
    {
        var result = LoadEdited(d => Indicator(d, "A.1.1.1").Parameters.Items![0].Points = 2);

        Assert.All(result.Problems, p => Assert.Equal("A.1.1.1", p.Rule));
        Assert.Contains(result.Problems, p => p.Message.Contains("要点分值之和 5 超过指标分值 4", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_WeightsDoNotRollUp_NamesEveryLevelWithTheNumbers()
    {
        var result = LoadEdited(d =>
        {
            var i = Indicator(d, "A.2.3.1");
            i.Points = 2;
            i.Parameters.Items![0].Points = 2;
        });

        var problem = Assert.Single(result.Problems);
        Assert.Equal("A.2.3", problem.Rule);
        Assert.Contains("分值 10，但其下三级指标分值之和为 11", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Level1DoNotAddUpTo100_NamesTheSum()
    {
        var result = LoadEdited(d =>
        {
            d.Groups[0].Points = 21;
            d.Groups[0].Children[0].Points = 5;
            var i = Indicator(d, "A.1.1.1");
            i.Points = 5;
            i.Parameters.Items![0].Points = 2;
        });

        var problem = Assert.Single(result.Problems);
        Assert.Equal("rubric", problem.Rule);
        Assert.Contains("一级指标分值之和为 101，应为 100", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TypoInFieldName_NamesTheRuleAndTheMember()
    {
        var result = LoadEdited(d => MakeAdvanced(d, "A.2.1.1", "Math.Min(Fn.Ratio(input.Report.Funding.Arived.TotalOrSum, input.Report.Funding.Planned.TotalOrSum), 1m) * 3m"));

        var problem = Assert.Single(result.Problems);
        Assert.Equal("A.2.1.1", problem.Rule);
        Assert.Contains("Arived", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DateTimeNow_IsRefused()
    {
        var result = LoadEdited(d => MakeAdvanced(d, "A.2.1.1", "DateTime.Now.Year > 2000 ? 3m : 0m"));

        var problem = Assert.Single(result.Problems);
        Assert.Equal("A.2.1.1", problem.Rule);
        Assert.Contains("DateTime.Now", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_GetType_IsRefused()
    {
        var result = LoadEdited(d => MakeAdvanced(d, "A.2.1.1", "input.GetType().Assembly.FullName.Length > 0 ? 3m : 0m"));

        Assert.False(result.Succeeded);
        Assert.All(result.Problems, p => Assert.Equal("A.2.1.1", p.Rule));
        Assert.Contains(result.Problems, p => p.Message.Contains("GetType", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_StringGetTypeAssembly_IsRefused()
    {
        var result = LoadEdited(d => MakeAdvanced(d, "A.2.1.1", "\"x\".GetType().Assembly.FullName.Length > 0 ? 3m : 0m"));

        Assert.Contains(result.Problems, p => p.Rule == "A.2.1.1" && p.Message.Contains("GetType", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_EnvironmentAccess_IsRefused()
    {
        var result = LoadEdited(d => MakeAdvanced(d, "A.2.1.1", "Environment.ProcessorCount > 0 ? 3m : 0m"));

        Assert.Contains(result.Problems, p => p.Rule == "A.2.1.1");
    }

    [Fact]
    public void Load_MethodOnAReportString_IsRefused()
    {
        var result = LoadEdited(d => MakeAdvanced(d, "A.2.1.1", "input.Report.Basic.ProjectName.ToUpper() == \"X\" ? 3m : 0m"));

        Assert.Contains(result.Problems, p => p.Rule == "A.2.1.1" && p.Message.Contains("String.ToUpper", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_SyntaxError_NamesTheRule()
    {
        var result = LoadEdited(d => MakeAdvanced(d, "A.2.1.1", "Math.Min(1m, "));

        var problem = Assert.Single(result.Problems);
        Assert.Equal("A.2.1.1", problem.Rule);
        Assert.Contains("表达式无法编译", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ExpressionThatThrowsOnAReport_IsRefusedByTheDryRun()
    {
        var result = LoadEdited(d => MakeAdvanced(d, "A.2.1.1", "input.Report.Department.Staffing.Rows.Count > 0 ? 3m : 0m"));

        Assert.Contains(result.Problems, p => p.Rule == "A.2.1.1" && p.Message.Contains("试运行出错", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_TierGap_NamesTheMissingInterval()
    {
        var result = LoadEdited(d => Indicator(d, "A.3.2.5").Parameters.Tiers![1].Lower = 82);

        var problem = Assert.Single(result.Problems);
        Assert.Equal("A.3.2.5", problem.Rule);
        Assert.Contains("空档", problem.Message, StringComparison.Ordinal);
        Assert.Contains("80–82", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TierOverlap_IsRefused()
    {
        var result = LoadEdited(d => Indicator(d, "A.3.2.5").Parameters.Tiers![1].Upper = 95);

        Assert.Contains(result.Problems, p => p.Rule == "A.3.2.5" && p.Message.Contains("重叠", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_TierScoreAbovePoints_IsRefused()
    {
        var result = LoadEdited(d => Indicator(d, "A.3.2.5").Parameters.Tiers![0].Score = 9);

        Assert.Contains(result.Problems, p => p.Rule == "A.3.2.5" && p.Message.Contains("得 9 分，超出 0–8", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_AdvancedExpressionThatCanExceedItsPoints_IsRefusedByTheDryRun()
    {
        var result = LoadEdited(d => MakeAdvanced(d, "A.2.1.1", "Fn.Ratio(input.Report.Funding.Arrived.TotalOrSum, input.Report.Funding.Planned.TotalOrSum) * 6m"));

        var problem = Assert.Single(result.Problems);
        Assert.Equal("A.2.1.1", problem.Rule);
        Assert.Contains("超出 0–3", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UncappedRatio_IsRefused()
    {
        var result = LoadEdited(d => Indicator(d, "A.3.1.1").Parameters.Cap = false);

        Assert.Contains(result.Problems, p => p.Rule == "A.3.1.1" && p.Message.Contains("可能超过分值 5", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_ExpressionEditedByHandInATemplateRule_IsRefused()
    {
        var json = TestFiles.RuleSetJson("rubric-a-project").Replace("Fn.Item(input, \\\"A.1.1.1\\\", \\\"1\\\", 1m) + ", "", StringComparison.Ordinal);

        var result = RuleSetLoader.Load(json);

        Assert.Contains(result.Problems, p => p.Rule == "A.1.1.1" && p.Message.Contains("不一致", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_UnknownMeasure_NamesIt()
    {
        var result = LoadEdited(d => Indicator(d, "A.2.1.1").Parameters.Actual = "funding.recieved");

        Assert.Contains(result.Problems, p => p.Rule == "A.2.1.1" && p.Message.Contains("funding.recieved", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_IntegerResult_IsRefusedWithAHint()
    {
        var result = LoadEdited(d => MakeAdvanced(d, "A.2.1.1", "3"));

        Assert.Contains(result.Problems, p => p.Rule == "A.2.1.1" && p.Message.Contains("Int32", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_GradeBandsWithAGap_IsRefused()
    {
        var result = LoadEdited(d => d.GradeBands[1].Min = 81);

        Assert.Contains(result.Problems, p => p.Rule == "rubric" && p.Message.Contains("空档或重叠", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_SchemaViolation_IsReported()
    {
        var json = TestFiles.RuleSetJson("rubric-a-project").Replace("\"template\": \"checklist\"", "\"template\": \"checkbox\"", StringComparison.Ordinal);

        var result = RuleSetLoader.Load(json);

        Assert.Contains(result.Problems, p => p.Rule == "schema");
    }

    [Fact]
    public void Load_NotJson_IsRefused()
    {
        var result = RuleSetLoader.Load("{ not json");

        Assert.False(result.Succeeded);
        Assert.Equal("json", Assert.Single(result.Problems).Rule);
    }

    [Fact]
    public void Load_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => RuleSetLoader.Load((string)null!));
    }

    [Fact]
    public void GetOrThrow_Refused_ListsTheProblems()
    {
        var result = LoadEdited(d => MakeAdvanced(d, "A.2.1.1", "DateTime.Now.Year > 2000 ? 3m : 0m"));

        var ex = Assert.Throws<InvalidOperationException>(() => result.GetOrThrow());
        Assert.Contains("A.2.1.1", ex.Message, StringComparison.Ordinal);
    }
}

public class LoaderRobustnessTests
{
    public static TheoryData<string> RuleSets => new(TestFiles.ShippedIds);

    [Theory]
    [MemberData(nameof(RuleSets))]
    public void Load_AnySinglePropertyRemoved_NeverThrows(string id)
    {
        var original = System.Text.Json.Nodes.JsonNode.Parse(TestFiles.RuleSetJson(id))!;
        var paths = new List<(System.Text.Json.Nodes.JsonObject Parent, string Name)>();
        Collect(original, paths);
        var refused = 0;
        var tried = 0;
        var stride = Math.Max(1, paths.Count / 60); // ~60 removals per rule set, spread over the whole file

        for (var n = 0; n < paths.Count; n += stride)
        {
            var copy = System.Text.Json.Nodes.JsonNode.Parse(TestFiles.RuleSetJson(id))!;
            var targets = new List<(System.Text.Json.Nodes.JsonObject Parent, string Name)>();
            Collect(copy, targets);
            targets[n].Parent.Remove(targets[n].Name);

            var result = Loading.RuleSetLoader.Load(copy.ToJsonString());

            refused += result.Succeeded ? 0 : 1;
            tried++;
            Assert.True(result.Succeeded || result.Problems.Count > 0);
        }

        Assert.True(refused > tried / 2, $"only {refused} of {tried} removals were refused");
    }

    private static void Collect(System.Text.Json.Nodes.JsonNode? node, List<(System.Text.Json.Nodes.JsonObject, string)> paths)
    {
        if (node is System.Text.Json.Nodes.JsonObject o)
        {
            foreach (var (name, child) in o.ToList())
            {
                paths.Add((o, name));
                Collect(child, paths);
            }
        }
        else if (node is System.Text.Json.Nodes.JsonArray a)
        {
            foreach (var child in a)
            {
                Collect(child, paths);
            }
        }
    }
}
