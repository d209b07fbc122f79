using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PerfEval.Host.Features.Import.Recognition;

namespace PerfEval.Host.Features.Export.Word;

/// <summary>
/// 附表：评分要素填报 — the unit's answers to the rubric's indicators (ticked items, choices, numbers, deductions with their
/// reasons), one row per indicator key, in lines the import reads back (<see cref="AssessmentLines"/>: ids with the rubric's
/// labels, 选项：到位及时（timely）); only when there are answers.
/// </summary>
internal static class AssessmentsPart
{
    private static readonly int[] Columns = [1300, 3800, 3206];

    public static IEnumerable<OpenXmlElement> Build(ReportDocxContext ctx)
    {
        var answers = ctx.Content.Assessments;
        if (answers.Count == 0)
        {
            yield break;
        }

        yield return WordText.PageBreakBefore();
        var table = new FormTable(Columns)
            .AddRow(true, FormCell.Heading(AssessmentLines.Heading, 3))
            .AddRow(true, FormCell.Label(AssessmentLines.KeyHeader), FormCell.Label(AssessmentLines.AnswerHeader), FormCell.Label(AssessmentLines.ReasonHeader));
        foreach (var a in answers)
        {
            table.AddRow(
                FormCell.Value(a.Key),
                new FormCell(string.Join("\n", AssessmentLines.Write(a, ctx.Indicators?.GetValueOrDefault(a.Key)))) { Align = JustificationValues.Left },
                new FormCell(a.Reason) { Align = JustificationValues.Left });
        }

        yield return table.Build();
    }
}
