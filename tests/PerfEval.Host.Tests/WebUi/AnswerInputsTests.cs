using PerfEval.Host.Features.Reports.Form;
using PerfEval.Host.Features.Scoring;
using PerfEval.Host.Tests.Scoring;
using PerfEval.Rules.Definitions;
using PerfEval.Rules.Loading;
using PerfEval.Rules.Model;

namespace PerfEval.Host.Tests.WebUi;

/// <summary>The 评分要素填报 section's mapping: rubric indicator → input kind, and inputs ↔ <see cref="IndicatorAssessment"/>.</summary>
public sealed class AnswerInputsTests
{
    private static LoadedRuleSet Load(string id)
    {
        var result = RuleSetLoader.LoadFile(Path.Combine(ScoringTestSupport.RepoRoot(), "rule-sets", id + ".json"));
        Assert.True(result.Succeeded, string.Join("; ", result.Problems.Select(p => p.ToString())));
        return result.RuleSet!;
    }

    private static AnswerField Field(LoadedRuleSet ruleSet, string key) =>
        AnswerInputs.FieldsOf(ruleSet.Definition).Single(f => f.Key == key);

    [Theory]
    [InlineData("A.1.1.1", AnswerInputKind.Checklist, false, false)]
    [InlineData("A.2.1.2", AnswerInputKind.Choice, false, false)]
    [InlineData("A.2.2.1", AnswerInputKind.Deductions, false, false)]
    [InlineData("A.3.1.1", AnswerInputKind.Numbers, true, true)]
    [InlineData("A.3.1.4", AnswerInputKind.Numbers, true, true)]
    [InlineData("A.3.2.1", AnswerInputKind.JudgedScore, false, false)]
    [InlineData("A.3.2.5", AnswerInputKind.Numbers, true, false)]
    public void FieldsOf_RubricA_MapsTemplateToInput(string key, AnswerInputKind kind, bool actual, bool target)
    {
        var field = Field(Load("rubric-a-project"), key);

        Assert.Equal(kind, field.Kind);
        Assert.Equal(actual, field.NeedsActual);
        Assert.Equal(target, field.NeedsTarget);
    }

    [Fact]
    public void FieldsOf_FormComputedIndicators_NeedNoInput()
    {
        var a = AnswerInputs.FieldsOf(Load("rubric-a-project").Definition).Select(f => f.Key).ToList();
        var b = AnswerInputs.FieldsOf(Load("rubric-b-department").Definition);
        var c = AnswerInputs.FieldsOf(Load("rubric-c-self-evaluation").Definition);

        Assert.DoesNotContain("A.2.1.1", a); // 到位率: funding grid
        Assert.Equal(21, a.Count); // all 22 but 到位率
        Assert.DoesNotContain(b, f => f.Key is "B.1.1.1" or "B.1.1.2" or "B.2.1.4"); // department tables
        Assert.Equal(AnswerInputKind.Count, b.Single(f => f.Key == "B.2.1.2").Kind);
        Assert.Equal((AnswerInputKind.Numbers, true, false), b.Single(f => f.Key == "B.2.2.4") is var g ? (g.Kind, g.NeedsActual, g.NeedsTarget) : default);
        Assert.Empty(c); // indicator table rows and budget execution
    }

    [Fact]
    public void FieldOf_QualitativeBands_IsBandWithDefaultBands()
    {
        var indicator = new IndicatorDefinition { Key = "X.1", Points = 10, Template = TemplateKind.QualitativeBands };

        var field = AnswerInputs.FieldOf(indicator);

        Assert.Equal(AnswerInputKind.Band, field.Kind);
        Assert.Equal(["达成", "部分达成", "未达成"], AnswerInputs.BandsOf(indicator).Select(b => b.Id));
    }

    [Fact]
    public void Edit_AnswersThroughJson_RoundTripAndScore()
    {
        var ruleSet = Load("rubric-a-project");
        var doc = new ReportDocument();
        var checklist = Field(ruleSet, "A.1.1.1");
        AnswerInputs.SetChecked(doc, checklist, "3", true);
        AnswerInputs.SetChecked(doc, checklist, "1", true);
        AnswerInputs.Edit(doc, "A.2.1.2", a => a.Choice = "late");
        AnswerInputs.Edit(doc, "A.2.2.1", a => a.Deductions.Add(new Deduction { Item = "fake", Points = 5, Reason = "虚列支出" }));
        AnswerInputs.Edit(doc, "A.3.1.1", a => (a.Actual, a.Target) = (90m, 100m));
        AnswerInputs.Edit(doc, "A.3.2.1", a => (a.Score, a.Reason) = (6m, "部分达到"));

        var back = doc.Clone();

        Assert.Equal(["1", "3"], AnswerInputs.Find(back, "A.1.1.1")!.Checked); // rubric order, not click order
        Assert.True(AnswerInputs.IsChecked(back, "A.1.1.1", "3"));
        Assert.Equal("late", AnswerInputs.Find(back, "A.2.1.2")!.Choice);
        var deduction = Assert.Single(AnswerInputs.Find(back, "A.2.2.1")!.Deductions);
        Assert.Equal(("fake", 5m, "虚列支出"), (deduction.Item, deduction.Points, deduction.Reason));
        Assert.Equal((90m, 100m), (AnswerInputs.Find(back, "A.3.1.1")!.Actual, AnswerInputs.Find(back, "A.3.1.1")!.Target));
        Assert.Equal((6m, "部分达到"), (AnswerInputs.Find(back, "A.3.2.1")!.Score, AnswerInputs.Find(back, "A.3.2.1")!.Reason));

        // The rubric reads the same answers: 2 ticked items of 1 point, 不及时 1, 7 − 5, 90 % of 5, judged 6.
        var scores = ReportScoring.ScoreOnly(ruleSet, null, PerfEval.Rules.Model.ReportKind.Project, back).Indicators.ToDictionary(i => i.Key, i => i.Score);
        Assert.Equal(2m, scores["A.1.1.1"]);
        Assert.Equal(1m, scores["A.2.1.2"]);
        Assert.Equal(2m, scores["A.2.2.1"]);
        Assert.Equal(4.5m, scores["A.3.1.1"]);
        Assert.Equal(6m, scores["A.3.2.1"]);
    }

    [Fact]
    public void Edit_AnswerClearedAgain_RemovesAssessment()
    {
        var doc = new ReportDocument();
        var field = AnswerInputs.FieldOf(new IndicatorDefinition
        {
            Key = "A.1.1.1", Template = TemplateKind.Checklist,
            Parameters = new TemplateParameters { Items = [new ChecklistItem { Id = "1", Points = 1 }] },
        });

        AnswerInputs.SetChecked(doc, field, "1", true);
        Assert.Single(doc.Assessments);
        AnswerInputs.SetChecked(doc, field, "1", false);

        Assert.Empty(doc.Assessments);
    }

    [Fact]
    public void Ensure_AnswersInAnyOrder_StoredInKeyOrder()
    {
        var doc = new ReportDocument();

        foreach (var key in new[] { "A.3.2.1", "A.1.1.1", "A.2.2.1", "A.3.1.1", "A.1.2.1" })
        {
            AnswerInputs.Ensure(doc, key);
        }

        Assert.Equal(["A.1.1.1", "A.1.2.1", "A.2.2.1", "A.3.1.1", "A.3.2.1"], doc.Assessments.Select(a => a.Key));
        Assert.Same(AnswerInputs.Find(doc, "A.2.2.1"), AnswerInputs.Ensure(doc, "A.2.2.1"));
    }
}
