using System.Text.Json;
using System.Text.Json.Nodes;
using PerfEval.Host.Features.RubricEditor;
using PerfEval.Rules;
using PerfEval.Rules.Definitions;
using PerfEval.Rules.Model;

namespace PerfEval.Host.Tests.RubricEditor;

/// <summary>A rubric built only through the editor's view-model, exported, and scored by the CLI.</summary>
public sealed class RubricFromScratchTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("perfeval-editor-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static RubricEditorModel BuildSmallRubric()
    {
        var m = RubricEditorModel.NewRubric("rubric-x-mini", "小型测试评分标准");
        var output = m.AddLevel1("产出", 60);
        var quantity = m.AddLevel2(output, "数量与满意度", 60);
        var rate = m.AddIndicator(quantity, "完成率", 30, TemplateKind.Ratio);
        var satisfaction = m.AddIndicator(quantity, "满意度", 30, TemplateKind.Tiers);
        satisfaction.Parameters.Tiers =
        [
            new Tier { Lower = 90, Upper = null, Score = 30 },
            new Tier { Lower = 60, Upper = 90, Score = 20 },
            new Tier { Lower = null, Upper = 60, Score = 0 },
        ];
        var management = m.AddLevel1("管理", 40);
        var rules = m.AddLevel2(management, "制度", 40);
        var checklist = m.AddIndicator(rules, "制度健全", 40, TemplateKind.Checklist);
        checklist.Parameters.Items =
        [
            new ChecklistItem { Id = "1", Label = "有管理制度", Points = 20 },
            new ChecklistItem { Id = "2", Label = "制度得到执行", Points = 20 },
        ];
        Assert.Equal(["X.1.1.1", "X.1.1.2", "X.2.1.1"], m.Definition.AllIndicators().Select(i => i.Key));
        Assert.Equal(TemplateKind.Ratio, rate.Template);
        return m;
    }

    [Fact]
    public async Task SmallRubric_BuiltInEditorAndExported_ScoresReportThroughCli()
    {
        var model = BuildSmallRubric();
        Assert.Empty(model.FullCheck());
        var rubricPath = Path.Combine(_dir, "rubric-x-mini.json");
        await File.WriteAllTextAsync(rubricPath, model.ToJson());
        var report = new ReportDocument
        {
            Assessments =
            [
                new IndicatorAssessment { Key = "X.1.1.1", Actual = 80, Target = 100 },
                new IndicatorAssessment { Key = "X.1.1.2", Actual = 85 },
                new IndicatorAssessment { Key = "X.2.1.1", Checked = ["1"] },
            ],
        };
        var reportPath = Path.Combine(_dir, "report.json");
        var wrapper = new JsonObject { ["kind"] = "project", ["content"] = JsonSerializer.SerializeToNode(report, RulesJson.Options) };
        await File.WriteAllTextAsync(reportPath, wrapper.ToJsonString());

        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await PerfEval.Host.Cli.Cli.RunAsync(["score", reportPath, "--rule-set", rubricPath], stdout, stderr, _dir);

        Assert.True(code == 0, stderr.ToString());
        using var json = JsonDocument.Parse(stdout.ToString());
        Assert.Equal("rubric-x-mini", json.RootElement.GetProperty("ruleSet").GetProperty("id").GetString());
        var scores = json.RootElement.GetProperty("indicators").EnumerateArray()
            .ToDictionary(i => i.GetProperty("key").GetString()!, i => i.GetProperty("score").GetDecimal());
        Assert.Equal(24m, scores["X.1.1.1"]);   // 80 / 100 × 30
        Assert.Equal(20m, scores["X.1.1.2"]);   // tier [60, 90)
        Assert.Equal(20m, scores["X.2.1.1"]);   // one item of two
        Assert.Equal(64m, json.RootElement.GetProperty("total").GetDecimal());
        Assert.Equal("中", json.RootElement.GetProperty("grade").GetString());
    }

    [Fact]
    public void MovePoint_OnlyOneSideChanged_RollUpErrorUntilFixed()
    {
        var model = BuildSmallRubric();
        var (rate, satisfaction) = (model.Definition.AllIndicators().First(), model.Definition.AllIndicators().ElementAt(1));

        rate.Points = 29;
        var oneSide = model.Revalidate();
        satisfaction.Points = 31;
        satisfaction.Parameters.Tiers![0].Score = 31;
        var bothSides = model.Revalidate();

        Assert.Contains(oneSide, p => p.Rule == "X.1.1" && p.Message.Contains("59", StringComparison.Ordinal));
        Assert.False(RubricEditorModel.AddsUp(model.Definition.Groups[0].Children[0]) && oneSide.Count == 0);
        Assert.Empty(bothSides);
        Assert.True(RubricEditorModel.AddsUp(model.Definition.Groups[0].Children[0]));
    }

    [Fact]
    public void Move_IndicatorUp_ReordersAndKeepsKeys()
    {
        var model = BuildSmallRubric();
        var second = model.Definition.AllIndicators().ElementAt(1);

        Assert.True(model.Move(second, -1));

        Assert.Equal(["X.1.1.2", "X.1.1.1", "X.2.1.1"], model.Definition.AllIndicators().Select(i => i.Key));
        Assert.Empty(model.FullCheck());
    }

    [Fact]
    public void TierGap_ShownOnTheIndicator_AndFullCheckRefusesForbiddenExpression()
    {
        var model = BuildSmallRubric();
        var satisfaction = model.Definition.AllIndicators().ElementAt(1);
        satisfaction.Parameters.Tiers![1].Upper = 85;

        Assert.Contains(model.Revalidate(), p => p.Rule == "X.1.1.2" && p.Message.Contains("空档", StringComparison.Ordinal));

        satisfaction.Parameters.Tiers![1].Upper = 90;
        RubricEditorModel.SetTemplate(satisfaction, TemplateKind.Advanced);
        satisfaction.Expression = "DateTime.Now.Year > 0 ? 1m : 0m";
        Assert.Contains(model.CheckExpression(satisfaction), p => p.Message.Contains("DateTime", StringComparison.Ordinal));
        Assert.Null(model.Loaded);
    }
}
