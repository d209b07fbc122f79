using DocumentFormat.OpenXml.Packaging;
using PerfEval.Host.Features.Attachments;
using PerfEval.Host.Features.Export.Word;
using PerfEval.Host.Features.Import.Recognition;
using PerfEval.Host.Tests.Scoring;
using PerfEval.Rules.Definitions;
using PerfEval.Rules.Loading;
using PerfEval.Rules.Model;
using static PerfEval.Host.Tests.Import.Fixtures.ImportFixtures;

namespace PerfEval.Host.Tests.Import;

/// <summary>评分要素填报 lines: ids carry the rubric's labels for people, and the import takes them back to the ids.</summary>
public sealed class AssessmentLinesTests
{
    private static IReadOnlyDictionary<string, IndicatorDefinition> RubricA()
    {
        var result = RuleSetLoader.LoadFile(Path.Combine(ScoringTestSupport.RepoRoot(), "rule-sets", "rubric-a-project.json"));
        Assert.True(result.Succeeded);
        return AttachmentTargetNames.ByKey(result.RuleSet!.Definition);
    }

    [Fact]
    public void Write_WithTheRubricsIndicator_ChoiceCheckedAndDeductionItemsCarryTheirLabels()
    {
        var rubric = RubricA();

        var choice = AssessmentLines.Write(new IndicatorAssessment { Key = "A.2.1.2", Choice = "timely" }, rubric["A.2.1.2"]);
        var ticked = AssessmentLines.Write(new IndicatorAssessment { Key = "A.1.1.1", Checked = ["1", "2"] }, rubric["A.1.1.1"]);
        var deducted = AssessmentLines.Write(
            new IndicatorAssessment { Key = "A.2.2.1", Deductions = [new Deduction { Item = "fake", Points = 4, Reason = "虚列支出" }] }, rubric["A.2.2.1"]);

        Assert.Equal(["选项：到位及时（timely）"], choice);
        Assert.Equal(["勾选：设有目标（1）、目标明确（2）"], ticked);
        Assert.Equal(["扣分：项「虚列套取（fake）」扣 4 分；理由：虚列支出"], deducted);
    }

    [Fact]
    public void Write_WithoutTheRubric_IdsAlone()
    {
        var lines = AssessmentLines.Write(new IndicatorAssessment { Key = "A.2.1.2", Choice = "timely", Checked = ["1"] });

        Assert.Equal(["勾选：1", "选项：timely"], lines);
    }

    [Fact]
    public void Read_LabelledLines_GiveBackTheIds()
    {
        var unknown = new List<string>();

        var a = AssessmentLines.Read("A.1.1.1",
            ["勾选：设有目标（1）、目标明确、具体（2）、3", "选项：到位及时（timely）", "扣分：项「虚列套取（fake）」扣 4 分；理由：虚列支出"], null, unknown);

        Assert.Empty(unknown);
        Assert.Equal(["1", "2", "3"], a.Checked);
        Assert.Equal("timely", a.Choice);
        Assert.Equal("fake", Assert.Single(a.Deductions).Item);
    }

    [Fact]
    public void Import_DocxExportedWithTheRubric_ShowsLabelsAndGivesBackTheSameAnswers()
    {
        var (kind, content) = Sample("rubric-a-project-2021.json");
        var docx = ReportDocxBuilder.Build(content, kind, indicators: RubricA());

        using (var doc = WordprocessingDocument.Open(new MemoryStream(docx), false))
        {
            var text = doc.MainDocumentPart!.Document!.Body!.InnerText;
            Assert.Contains("选项：到位及时（timely）", text, StringComparison.Ordinal);
            Assert.Contains("选项：如期完成（onTime）", text, StringComparison.Ordinal);
        }

        var preview = ImportBytes(docx, "export.docx");

        Assert.Equal(Json(content.Assessments), Json(preview.Content.Assessments));
    }
}
