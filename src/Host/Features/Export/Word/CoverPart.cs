using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PerfEval.Host.Features.Export.Word;

/// <summary>The cover: title, 评价类型 with ticked boxes, project/unit/department, method, body, date, issuing bureau.</summary>
internal static class CoverPart
{
    public const string Checked = "☑";
    public const string Unchecked = "□";

    public static IEnumerable<OpenXmlElement> Build(ReportDocxContext ctx)
    {
        var basic = ctx.Content.Basic;
        yield return WordText.Paragraph("", spaceBefore: 1440);
        yield return WordText.Paragraph(Title(ctx), bold: true, size: WordText.SizeTitle, align: JustificationValues.Center, spaceAfter: 1200);
        yield return CoverLine([WordText.Run("评价类型：", size: WordText.SizeCover), .. TypeBoxes(basic.EvaluationType)]);
        yield return Field(ctx.IsDepartment ? "部门名称" : "项目名称", basic.ProjectName);
        yield return Field(ctx.IsDepartment ? "预算单位" : "项目单位", basic.UnitName);
        yield return Field("主管部门", basic.SupervisingDepartment);
        yield return Field("评价方式", basic.EvaluationMethod);
        yield return Field("评价机构", basic.EvaluationBody);
        yield return Field("报告日期", ExportFormat.Date(basic.ReportDate));
        // The budget year evaluated, so that a re-imported form knows it (the title names only the region).
        yield return Field("评价年度", basic.Year > 0 ? $"{basic.Year}年度" : null);
        yield return CoverLine([WordText.Run("部门（单位）名称（盖章）：", size: WordText.SizeCover)]);
        // "…财政局（制）" names the bureau that issued the form; a report without one leaves the line out.
        yield return WordText.Paragraph(
            string.IsNullOrWhiteSpace(basic.IssuingFinanceBureau) ? "" : $"{basic.IssuingFinanceBureau}（制）",
            size: WordText.SizeCover, align: JustificationValues.Center, spaceBefore: 2400);
        yield return WordText.PageBreak();
    }

    /// <summary>"岳阳市岳阳楼区财政支出项目绩效评价自评报告" (or 部门整体支出… for a department report).</summary>
    public static string Title(ReportDocxContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var region = ExportFormat.Region(ctx.Content.Basic.IssuingFinanceBureau);
        return ctx.IsDepartment ? $"{region}部门整体支出绩效评价自评报告" : $"{region}财政支出项目绩效评价自评报告";
    }

    /// <summary>The tick boxes of the type family the report uses (事前/事中/事后, or 实施过程/完成结果).</summary>
    public static IEnumerable<(string Label, bool Ticked)> TypeOptions(EvaluationType type) =>
        type is EvaluationType.ImplementationProcess or EvaluationType.CompletionResult
            ? [("项目实施过程评价", type == EvaluationType.ImplementationProcess), ("项目完成结果评价", type == EvaluationType.CompletionResult)]
            : [("事前评价", type == EvaluationType.Prior), ("事中评价", type == EvaluationType.Interim), ("事后评价", type == EvaluationType.Posterior)];

    private static IEnumerable<Run> TypeBoxes(EvaluationType type)
    {
        foreach (var (label, ticked) in TypeOptions(type))
        {
            yield return WordText.Run(label, size: WordText.SizeCover);
            yield return WordText.Run(ticked ? Checked : Unchecked, size: WordText.SizeCover, font: WordText.SymbolFont);
            yield return WordText.Run("  ", size: WordText.SizeCover);
        }
    }

    private static Paragraph Field(string label, string? value) => CoverLine(
    [
        WordText.Run($"{label}：", size: WordText.SizeCover),
        // The value is underlined like the blank it fills on the paper form.
        WordText.Run(string.IsNullOrWhiteSpace(value) ? new string(' ', 24) : $" {value} ", size: WordText.SizeCover, underline: true),
    ]);

    private static Paragraph CoverLine(IEnumerable<Run> runs)
    {
        var p = WordText.Paragraph(runs, spaceAfter: 360);
        p.ParagraphProperties!.Indentation = new Indentation { Left = "560" };
        return p;
    }
}
