using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PerfEval.Host.Features.Export.Word;

/// <summary>
/// 三、绩效自评情况: qualitative goals (预期目标/实际完成), the 3-level indicator table with
/// targets, actuals, points, self-scores and deviation reasons, then 综合得分 and 评价等次 as written.
/// </summary>
internal static class PerformancePart
{
    public const string Heading = "三、项目绩效自评情况";

    /// <summary>一级 | 二级 | 三级 | 指标性质 | 指标值 | 实际完成值 | 分值 | 自评得分 | 偏差原因.</summary>
    private static readonly int[] Columns = [1000, 1000, 1500, 600, 900, 900, 600, 700, 1106];

    public static IEnumerable<OpenXmlElement> Build(ReportDocxContext ctx)
    {
        var content = ctx.Content;
        // Two tables: the goals, then the indicators with their heading rows repeated on every page. As one table, the
        // goals' tall unsplittable rows and the indicator rows after them left most of a page blank before the indicators.
        var goals = new FormTable(Columns)
            .AddRow(FormCell.Heading(ctx.IsDepartment ? "三、部门绩效自评情况" : Heading, 9));
        AddGoals(goals, content.Goals, ctx.Subject);
        yield return goals.Build();
        yield return WordText.Spacer();
        var table = new FormTable(Columns);
        AddIndicators(table, content.Indicators, ctx.Subject);
        table.AddRow(new FormCell("绩效自评综合得分") { Span = 6, Bold = true }, FormCell.Value(ExportFormat.Number(content.StatedTotalScore), 3));
        // The grade exactly as the unit wrote it: real forms hold things like "100" here.
        table.AddRow(new FormCell("评价等次") { Span = 6, Bold = true }, FormCell.Value(content.StatedGrade, 3));
        if (ctx.Review is { Score: not null } review)
        {
            // The bureau's score beside the unit's, each with its own grade.
            table.AddRow(new FormCell("财政复核得分") { Span = 6, Bold = true }, FormCell.Value(ExportFormat.Number(review.Score), 3));
            table.AddRow(new FormCell("复核等次") { Span = 6, Bold = true }, FormCell.Value(review.Grade, 3));
        }

        yield return table.Build();
        yield return WordText.Spacer();
    }

    private static void AddGoals(FormTable table, IReadOnlyList<QualitativeGoal> goals, string subject)
    {
        var label = $"{subject}绩效定性目标及实施计划完成情况";
        table.AddRow(
            new FormCell(label) { Span = 2, Merge = VMerge.Start },
            FormCell.Label("预期目标", 4), FormCell.Label("实际完成", 3));
        IEnumerable<QualitativeGoal> rows = goals.Count == 0 ? [new QualitativeGoal()] : goals;
        foreach (var goal in rows)
        {
            // A long goal may run onto the next page rather than push the whole row there.
            table.AddRow(false, true,
                new FormCell { Span = 2, Merge = VMerge.Continue },
                FormCell.Left(goal.Expected, 4), FormCell.Left(goal.Actual, 3));
        }
    }

    private static void AddIndicators(FormTable table, IReadOnlyList<IndicatorRow> indicators, string subject)
    {
        table.AddRow(true, FormCell.Heading($"{subject}绩效定量目标（指标）及完成情况", 9));
        table.AddRow(true,
            FormCell.Label("一级指标"), FormCell.Label("二级指标"), FormCell.Label("三级指标"), FormCell.Label("指标性质"), FormCell.Label("指标值"),
            FormCell.Label("实际完成值"), FormCell.Label("分值"), FormCell.Label("自评得分"), FormCell.Label("偏差原因"));
        for (var i = 0; i < indicators.Count; i++)
        {
            var row = indicators[i];
            var previous = i > 0 ? indicators[i - 1] : null;
            // Level-1 and level-2 names are merged down over their rows, as the forms draw them.
            var newLevel1 = previous is null || previous.Level1 != row.Level1;
            var newLevel2 = newLevel1 || previous!.Level2 != row.Level2;
            // A 分值 shared by several rows (SharesPoints) is one merged cell, as the forms draw it.
            var sharedBelow = i + 1 < indicators.Count && indicators[i + 1].SharesPoints;
            var pointsMerge = row.SharesPoints && previous is not null ? VMerge.Continue : sharedBelow ? VMerge.Start : VMerge.None;
            table.AddRow(
                new FormCell(row.Level1) { Merge = newLevel1 ? VMerge.Start : VMerge.Continue },
                new FormCell(row.Level2) { Merge = newLevel2 ? VMerge.Start : VMerge.Continue },
                FormCell.Left(row.Level3),
                FormCell.Value(PerfEval.Host.Features.Import.Recognition.ImportValues.ComparatorSign(row.Comparator)),
                FormCell.Value(ExportFormat.IndicatorValue(row.TargetText, row.TargetValue, row.Unit, row.Comparator)),
                FormCell.Value(ExportFormat.IndicatorValue(row.ActualText, row.ActualValue, row.Unit, Comparator.Qualitative)),
                FormCell.Value(ExportFormat.Number(row.Points)) with { Merge = pointsMerge },
                FormCell.Value(ExportFormat.Number(row.SelfScore)),
                new FormCell(row.DeviationReason) { Align = JustificationValues.Left });
        }

        if (indicators.Count == 0)
        {
            table.AddRow([.. Enumerable.Range(0, 9).Select(_ => FormCell.Value(""))]);
        }
    }
}
