using PerfEval.Rules.Definitions;
using PerfEval.Rules.Loading;
using PerfEval.Rules.Templates;

namespace PerfEval.Rules.Tests;

/// <summary>The 评分标准 units read is written from the parameters, so it follows every change; hand-written text is checked.</summary>
public class StandardTextTests
{
    private static IndicatorDefinition Indicator(RubricDefinition d, string key) => d.AllIndicators().Single(i => i.Key == key);

    [Fact]
    public void Generate_ShippedOutputQuantity_ReadsAsTheFormDoes()
    {
        var i = Indicator(TestFiles.Definition("rubric-a-project"), "A.3.1.1");

        Assert.Null(i.Standard);
        Assert.Equal("目标完成数 / 预定目标数 × 5，最高 5 分", i.StandardText);
    }

    [Fact]
    public void StandardText_AfterPointsAndTiersChange_FollowsTheParameters()
    {
        var d = TestFiles.Definition("rubric-a-project");
        Indicator(d, "A.3.1.1").Points = 4;
        Indicator(d, "A.3.2.5").Parameters.Tiers![0].Lower = 85;
        Indicator(d, "A.3.2.5").Parameters.Tiers![1].Upper = 85;

        Assert.Equal("目标完成数 / 预定目标数 × 4，最高 4 分", Indicator(d, "A.3.1.1").StandardText);
        Assert.StartsWith("服务对象满意率：≥85% 得 8 分；[80%, 85%) 得 6 分；", Indicator(d, "A.3.2.5").StandardText, StringComparison.Ordinal);
    }

    [Fact]
    public void Warnings_HandWrittenStandardThatNoLongerFits_NamesTheIndicatorAndTheNumber()
    {
        var d = TestFiles.Definition("rubric-a-project");
        var i = Indicator(d, "A.3.1.1");
        i.Standard = "目标完成数 / 预定目标数 × 5，最高 5";
        i.Points = 4;

        var w = Assert.Single(RubricWarnings.Of(d));

        Assert.Equal("A.3.1.1", w.Rule);
        Assert.StartsWith("「产出数量」的评分标准是手写文字，含参数中没有的数字 5，可能未随参数更新", w.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_PointsChangedWithHandWrittenStandard_ReportsTheStaleText()
    {
        var before = TestFiles.Definition("rubric-a-project");
        var after = TestFiles.Definition("rubric-a-project");
        Indicator(before, "A.3.2.5").Standard = "≥90% 8，[80,90) 6，[70,80) 4，[60,70) 2，<60% 0";
        Indicator(after, "A.3.2.5").Standard = "≥90% 8，[80,90) 6，[70,80) 4，[60,70) 2，<60% 0";
        Indicator(after, "A.3.2.5").Parameters.Tiers![0].Lower = 85;
        Indicator(after, "A.3.2.5").Parameters.Tiers![1].Upper = 85;

        var changes = RubricDiff.Compare(before, after);

        Assert.Contains(changes, c => c.Key == "A.3.2.5" && c.Kind == RubricChangeKind.ScoringChanged);
        Assert.Contains(changes, c => c.Key == "A.3.2.5" && c.Kind == RubricChangeKind.TextChanged && c.Description.Contains("含参数中没有的数字 90", StringComparison.Ordinal));
    }

    [Fact]
    public void Diff_GeneratedStandard_ShowsOldAndNewText()
    {
        var before = TestFiles.Definition("rubric-a-project");
        var after = TestFiles.Definition("rubric-a-project");
        Indicator(after, "A.3.1.1").Points = 4;
        Indicator(after, "A.3.1.2").Points = 5;

        var change = Assert.Single(RubricDiff.Compare(before, after), c => c.Key == "A.3.1.1" && c.Kind == RubricChangeKind.TextChanged);

        Assert.Equal("「产出数量」评分标准由「目标完成数 / 预定目标数 × 5，最高 5 分」改为「目标完成数 / 预定目标数 × 4，最高 4 分」", change.Description);
    }

    [Fact]
    public void WorkflowJson_GeneratedText_IsWrittenForPeopleAndReadBackAsGenerated()
    {
        var d = TestFiles.Definition("rubric-b-department");

        var json = d.ToWorkflowJson();
        var back = RubricDefinition.FromWorkflowJson(json);

        Assert.Contains("\"standard\": \"财政供养人员控制率不超过 100% 得 5 分；每超过 1 个百分点扣 0.5 分，扣完为止\"", json, StringComparison.Ordinal);
        Assert.Null(back.AllIndicators().Single(i => i.Key == "B.1.1.1").Standard);
        Assert.Empty(RubricWarnings.Of(back));
    }

    [Theory]
    [InlineData(TemplateKind.Checklist, "①设有目标 1 分 ②目标明确 1 分")]
    [InlineData(TemplateKind.PerViolationDeduction, "每发现一起问题扣 1 分，扣完为止（违反财经法规）")]
    [InlineData(TemplateKind.JudgmentRange, "评审判定，得分在 0–2 分之间；低于满分须说明理由")]
    public void Generate_EachTemplate_SaysWhatTheRuleDoes(TemplateKind template, string expected)
    {
        var i = new IndicatorDefinition
        {
            Key = "T", Name = "测试", Points = 2, Template = template,
            Parameters = new() { Items = [new() { Id = "1", Label = "设有目标", Points = 1 }, new() { Id = "2", Label = "目标明确", Points = 1 }], PerUnit = 1, Cases = ["违反财经法规"] },
        };

        Assert.Equal(expected, StandardText.Generate(i));
    }
}
