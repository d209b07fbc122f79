using PerfEval.Rules.Definitions;
using PerfEval.Rules.Loading;

namespace PerfEval.Rules.Tests;

public class ShippedRuleSetTests
{
    [Theory]
    [InlineData("rubric-a-project")]
    [InlineData("rubric-b-department")]
    [InlineData("rubric-c-self-evaluation")]
    [InlineData("checks-consistency")]
    public void Load_ShippedFile_Succeeds(string id)
    {
        var result = RuleSetLoader.Load(TestFiles.RuleSetJson(id));

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal(id, result.RuleSet!.Id);
    }

    [Theory]
    [InlineData("rubric-a-project")]
    [InlineData("rubric-b-department")]
    [InlineData("rubric-c-self-evaluation")]
    [InlineData("checks-consistency")]
    public async Task StockRulesEngine_ShippedFileUnchanged_LoadsAndRuns(string id)
    {
        var json = TestFiles.RuleSetJson(id);
        var engine = new RulesEngine.RulesEngine([json], new RulesEngine.Models.ReSettings
        {
            CustomTypes = [typeof(Engine.Fn), typeof(Checks.Chk), typeof(Engine.RubricInput)],
        });

        var results = await engine.ExecuteAllRulesAsync(id, new RulesEngine.Models.RuleParameter("input", new Engine.RubricInput(TestFiles.Report(TestFiles.Changan))));

        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.Null(r.ActionResult?.Exception));
    }

    [Theory]
    [InlineData("rubric-a-project")]
    [InlineData("rubric-b-department")]
    [InlineData("rubric-c-self-evaluation")]
    [InlineData("checks-consistency")]
    public void ToWorkflowJson_ShippedFile_RoundTripsByteForByte(string id)
    {
        var json = TestFiles.RuleSetJson(id);

        var written = RubricDefinition.FromWorkflowJson(json).ToWorkflowJson();

        Assert.Equal(json, written);
    }

    [Theory]
    [InlineData("rubric-a-project", 20, 25, 55)]
    [InlineData("rubric-b-department", 15, 40, 25, 20)]
    [InlineData("rubric-c-self-evaluation", 50, 10, 30, 10)]
    public void Definition_ShippedRubric_HasTheLevel1WeightsOfRubricsMd(string id, params int[] weights)
    {
        var definition = TestFiles.Definition(id);

        Assert.Equal(weights.Select(w => (decimal)w), definition.Groups.Select(g => g.Points));
    }

    [Fact]
    public async Task SchemaFile_Shipped_IsTheOneEmbedded()
    {
        var shipped = await NJsonSchema.JsonSchema.FromJsonAsync(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "rule-sets", "rule-set.schema.json")));

        Assert.Equal(shipped.ToJson(), RuleSetLoader.SchemaJson);
    }
}

public class RuleSetDirectoryTests
{
    [Fact]
    public void LoadAll_ShippedDirectory_LoadsTheFourRuleSetsAndSkipsTheSchema()
    {
        var (sets, problems) = Loading.RuleSetDirectory.LoadAll(Path.Combine(AppContext.BaseDirectory, "rule-sets"));

        Assert.Empty(problems);
        Assert.Equal(TestFiles.ShippedIds.Order(), sets.Keys.Order());
    }
}
