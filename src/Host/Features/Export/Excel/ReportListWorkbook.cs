namespace PerfEval.Host.Features.Export.Excel;

/// <summary>A report as one line of the export, with its overdue days already worked out.</summary>
internal sealed record ReportExportLine(Report Report, int OverdueDays);

/// <summary>The workbook of a round or a filtered list: sheet 报告 (one row per report) and sheet 指标 (every indicator row).</summary>
internal static class ReportListWorkbook
{
    public const string ReportsSheet = "报告";
    public const string IndicatorsSheet = "指标";
    public const string ReviewSheet = "复核";

    /// <summary>The report sheet's columns; the name column reads 项目名称 / 部门名称 / 项目/部门名称 by the kinds listed.</summary>
    private static XlsxColumn[] ReportColumns(IEnumerable<ReportExportLine> lines) =>
    [
        new("单位", 30), new(Reports.ReportKindText.ProjectName(lines.Select(l => l.Report.Kind)), 34), new("年度", 8), new("类型", 12), new("自评任务", 30), new("阶段", 12),
        new("自评得分", 10), new("评分得分", 10), new("复核得分", 10), new("自评等次", 10), new("评分等次", 10), new("复核等次", 10), new("逾期天数", 10),
    ];

    private static readonly XlsxColumn[] IndicatorColumns =
    [
        new("报告", 34), new("单位", 30), new("一级指标", 16), new("二级指标", 18), new("三级指标", 30),
        new("指标值", 14), new("实际完成值", 14), new("分值", 8), new("自评得分", 10), new("偏差原因", 40),
    ];

    /// <summary>Every reviewed or annotated indicator: the unit's, the rubric's and the bureau's score side by side.</summary>
    private static readonly XlsxColumn[] ReviewColumns =
    [
        new("报告", 34), new("单位", 30), new("指标", 40), new("分值", 8), new("自评得分", 10), new("评分得分", 10), new("复核得分", 10),
        new("复核理由", 40), new("复核人", 12), new("主管部门批注", 40),
    ];

    public static byte[] Build(IReadOnlyList<ReportExportLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var reports = lines.Select(l => (IReadOnlyList<object?>)
        [
            l.Report.Org?.Name ?? "", l.Report.Title, l.Report.Year, ExportFormat.KindLabel(l.Report.Kind), l.Report.Round?.Name,
            ReportStages.Label(l.Report.Stage), l.Report.StatedScore, l.Report.ScoredTotal, l.Report.ReviewedScore,
            l.Report.StatedGrade, l.Report.ScoredGrade, l.Report.ReviewedGrade, l.OverdueDays,
        ]).ToList();
        var indicators = lines.SelectMany(l => l.Report.Content.Indicators.Select(i => (IReadOnlyList<object?>)
        [
            l.Report.Title, l.Report.Org?.Name ?? "", i.Level1, i.Level2, i.Level3,
            ExportFormat.IndicatorValue(i.TargetText, i.TargetValue, i.Unit, i.Comparator),
            ExportFormat.IndicatorValue(i.ActualText, i.ActualValue, i.Unit, Rules.Model.Comparator.Qualitative),
            i.Points, i.SelfScore, i.DeviationReason,
        ])).ToList();
        var reviews = lines.SelectMany(l => l.Report.Review.Indicators.Select(r => (IReadOnlyList<object?>)
        [
            l.Report.Title, l.Report.Org?.Name ?? "", r.Name, r.Points, r.SelfScore, r.ComputedScore, r.ReviewedScore, r.Reason, r.ReviewedBy, r.Annotation,
        ])).ToList();
        return XlsxWriter.Write(
        [
            new XlsxSheet(ReportsSheet, ReportColumns(lines), reports),
            new XlsxSheet(IndicatorsSheet, IndicatorColumns, indicators),
            new XlsxSheet(ReviewSheet, ReviewColumns, reviews),
        ]);
    }
}
