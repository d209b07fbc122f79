using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PerfEval.Host.Features.Export.Word;

/// <summary>
/// 附：财政复核评分表: every indicator with the unit's self-score, the rubric's score and the finance bureau's reviewed score
/// (the rubric's where not reviewed), the reason and the department's note; only when the report was reviewed or annotated.
/// </summary>
internal static class ReviewTablePart
{
    public const string Heading = "附：财政复核评分表";

    /// <summary>指标 | 分值 | 自评得分 | 评分 | 复核得分 | 复核理由 | 主管部门批注.</summary>
    private static readonly int[] Columns = [2400, 600, 800, 700, 800, 2000, 1006];

    public static IEnumerable<OpenXmlElement> Build(ReportDocxContext ctx)
    {
        if (ctx.Review?.Lines is not { Count: > 0 } lines)
        {
            yield break;
        }

        var table = new FormTable(Columns)
            .AddRow(true, FormCell.Heading(Heading, 7))
            .AddRow(true, FormCell.Label("指标"), FormCell.Label("分值"), FormCell.Label("自评得分"), FormCell.Label("评分"),
                FormCell.Label("复核得分"), FormCell.Label("复核理由"), FormCell.Label("主管部门批注"));
        foreach (var line in lines)
        {
            table.AddRow(
                FormCell.Left(line.Name),
                FormCell.Value(ExportFormat.Number(line.Points)),
                FormCell.Value(ExportFormat.Number(line.SelfScore)),
                FormCell.Value(ExportFormat.Number(line.ComputedScore)),
                FormCell.Value(ExportFormat.Number(line.ReviewedScore ?? line.ComputedScore)),
                new FormCell(line.Reason) { Align = JustificationValues.Left },
                new FormCell(line.Annotation) { Align = JustificationValues.Left });
        }

        table.AddRow(
            new FormCell("合计") { Bold = true },
            FormCell.Value(ExportFormat.Number(lines.Sum(l => l.Points))),
            FormCell.Value(ExportFormat.Number(lines.All(l => l.SelfScore is null) ? null : lines.Sum(l => l.SelfScore ?? 0))),
            FormCell.Value(ExportFormat.Number(lines.Sum(l => l.ComputedScore))),
            FormCell.Value(ExportFormat.Number(ctx.Review.Score)),
            new FormCell(ctx.Review.Grade is { } g ? $"复核等次：{g}" : null) { Span = 2, Align = JustificationValues.Left });
        yield return table.Build();
        yield return WordText.Spacer();
    }
}
