using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PerfEval.Host.Features.Export.Word;

/// <summary>
/// The department-overall report's own block: duties, annual tasks and the per-institution tables
/// (人员编制, 收入, 支出, 三公经费, 固定资产), each with its 合计 row as written.
/// </summary>
internal static class DepartmentPart
{
    public const string Heading = "部门整体支出情况";

    public static IEnumerable<OpenXmlElement> Build(ReportDocxContext ctx)
    {
        if (ctx.Content.Department is not { } d)
        {
            yield break;
        }

        yield return WordText.Paragraph(Heading, bold: true, size: WordText.SizeHeading, align: JustificationValues.Center, spaceBefore: 120, spaceAfter: 120, keepNext: true);
        yield return WordText.Paragraph("（一）职能职责概述", bold: true, keepNext: true);
        foreach (var p in WordText.Lines(d.Duties, WordText.SizeTable, firstLineIndent: true))
        {
            yield return p;
        }

        yield return WordText.Paragraph("（二）年度主要工作任务", bold: true, spaceBefore: 120, keepNext: true);
        foreach (var p in WordText.Lines(d.AnnualTasks, WordText.SizeTable, firstLineIndent: true))
        {
            yield return p;
        }

        yield return WordText.Paragraph($"（三）{Reports.ReportKindText.YearOverview}", bold: true, spaceBefore: 120, keepNext: true);
        foreach (var p in WordText.Lines(d.YearOverview, WordText.SizeTable, firstLineIndent: true))
        {
            yield return p;
        }

        foreach (var element in Table("（四）人员编制情况（单位：人）", d.Staffing, r => r.Institution, [
            ("编制数", r => r.ApprovedPosts?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""),
            ("实有人数", r => r.ActualHeadcount?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "")]))
        {
            yield return element;
        }

        foreach (var element in Table($"（五）收入情况（单位：{MoneyUnits.Label(d.Revenue.Unit)}）", d.Revenue, r => r.Institution, [
            ("收入合计", r => Money(r.Total)), ("上年结转", r => Money(r.CarriedOver)), ("公共财政拨款", r => Money(r.GeneralBudget)),
            ("政府基金拨款", r => Money(r.GovernmentFund)), ("纳入专户管理的非税收入拨款", r => Money(r.SpecialAccountNonTax)), ("其他收入", r => Money(r.Other))]))
        {
            yield return element;
        }

        foreach (var element in Table($"（六）支出情况（单位：{MoneyUnits.Label(d.Expenditure.Unit)}）", d.Expenditure, r => r.Institution, [
            ("支出合计", r => Money(r.Total)), ("基本支出", r => Money(r.Basic)), ("人员支出", r => Money(r.Personnel)), ("公用支出", r => Money(r.Public)),
            ("项目支出", r => Money(r.Project)), ("当年结余", r => Money(r.YearBalance)), ("累计结余", r => Money(r.AccumulatedBalance))]))
        {
            yield return element;
        }

        foreach (var element in Table($"（七）“三公”经费情况（单位：{MoneyUnits.Label(d.ThreePublic.Unit)}）", d.ThreePublic, r => r.Institution, [
            ("合计", r => Money(r.Total)), ("公务接待费", r => Money(r.Reception)), ("公务用车运行维护费", r => Money(r.VehicleOperation)),
            ("公务用车购置费", r => Money(r.VehiclePurchase)), ("因公出国（境）费", r => Money(r.OverseasTravel)),
            ("年初预算数", r => Money(r.Budget)), ("上年实际数", r => Money(r.LastYear))]))
        {
            yield return element;
        }

        foreach (var element in Table($"（八）固定资产情况（单位：{MoneyUnits.Label(d.FixedAssets.Unit)}）", d.FixedAssets, r => r.Institution, [
            ("合计", r => Money(r.Total)), ("在用", r => Money(r.InUse)), ("出租", r => Money(r.Leased)), ("其他", r => Money(r.Other))]))
        {
            yield return element;
        }

        yield return WordText.Spacer();
    }

    private static string Money(decimal? value) => ExportFormat.Number(value);

    /// <summary>A titled table: 机构名称 plus the given columns, one row per institution, then 合计.</summary>
    private static IEnumerable<OpenXmlElement> Table<TRow>(
        string title, InstitutionTable<TRow> source, Func<TRow, string> institution, IReadOnlyList<(string Header, Func<TRow, string> Value)> columns)
        where TRow : class
    {
        yield return WordText.Paragraph(title, bold: true, spaceBefore: 120, spaceAfter: 60, keepNext: true);
        const int nameWidth = 1700;
        var rest = DocxPackage.TextWidth - nameWidth;
        int[] widths = [nameWidth, .. Enumerable.Range(0, columns.Count).Select(i => (rest / columns.Count) + (i == columns.Count - 1 ? rest % columns.Count : 0))];
        var table = new FormTable(widths, columns.Count > 5 ? WordText.SizeSmall : WordText.SizeTable)
            .AddRow(true, [FormCell.Label("机构名称"), .. columns.Select(c => FormCell.Label(c.Header))]);
        foreach (var row in source.Rows)
        {
            table.AddRow([FormCell.Left(institution(row)), .. columns.Select(c => FormCell.Value(c.Value(row)))]);
        }

        table.AddRow([new FormCell("合计") { Bold = true }, .. columns.Select(c => FormCell.Value(source.Summary is { } s ? c.Value(s) : ""))]);
        yield return table.Build();
    }
}
