using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PerfEval.Host.Features.Export.Word;

/// <summary>
/// 评分表自评: the unit's own scoring against rubric A or B (编号 | 一级 | 二级 | 三级指标 | 分值 | 自评得分 | 扣分原因), kept apart
/// from the report's 绩效指标表; only when the report has one.
/// </summary>
internal static class SelfScoreTablePart
{
    public const string Heading = "附：评分表（单位自评）";

    private static readonly int[] Columns = [800, 1000, 1100, 2000, 600, 800, 2006];

    public static IEnumerable<OpenXmlElement> Build(ReportDocxContext ctx)
    {
        var rows = ctx.Content.RubricSelfScores;
        if (rows.Count == 0)
        {
            yield break;
        }

        var table = new FormTable(Columns)
            .AddRow(true, FormCell.Heading(Heading, 7))
            .AddRow(true, FormCell.Label("编号"), FormCell.Label("一级指标"), FormCell.Label("二级指标"), FormCell.Label("三级指标"), FormCell.Label("分值"),
                FormCell.Label("自评得分"), FormCell.Label("扣分原因"));
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var previous = i > 0 ? rows[i - 1] : null;
            var newLevel1 = previous is null || previous.Level1 != row.Level1 || row.Level1 is null;
            var newLevel2 = newLevel1 || previous!.Level2 != row.Level2 || row.Level2 is null;
            table.AddRow(
                FormCell.Value(row.Key),
                new FormCell(row.Level1) { Merge = newLevel1 ? VMerge.Start : VMerge.Continue },
                new FormCell(row.Level2) { Merge = newLevel2 ? VMerge.Start : VMerge.Continue },
                FormCell.Left(row.Level3),
                FormCell.Value(ExportFormat.Number(row.Points)),
                FormCell.Value(ExportFormat.Number(row.SelfScore)),
                new FormCell(row.Reason) { Align = JustificationValues.Left });
        }

        yield return table.Build();
        yield return WordText.Spacer();
    }
}
