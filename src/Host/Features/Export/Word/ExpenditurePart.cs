using DocumentFormat.OpenXml;

namespace PerfEval.Host.Features.Export.Word;

/// <summary>二、支出明细: the lines in the table's own unit (元 or 万元, written in the headings) and 支出合计 as written.</summary>
internal static class ExpenditurePart
{
    public const string Heading = "二、项目支出明细情况";

    private static readonly int[] Columns = [2806, 1400, 1400, 1400, 1300];

    public static IEnumerable<OpenXmlElement> Build(ReportDocxContext ctx)
    {
        var expenditure = ctx.Content.Expenditure;
        var unit = MoneyUnits.Label(expenditure.Unit);
        var table = new FormTable(Columns)
            // Heading and column headers both repeat when the lines run onto another page (Word repeats leading header rows only).
            .AddRow(true, FormCell.Heading(ctx.IsDepartment ? $"二、部门支出明细情况（单位：{unit}）" : $"{Heading}（单位：{unit}）", 5))
            .AddRow(true, FormCell.Label("支出内容（按经济科目）"), FormCell.Label($"计划支出数（{unit}）"), FormCell.Label($"实际支出数（{unit}）"), FormCell.Label("会计凭证号"), FormCell.Label("备注"));
        foreach (var line in expenditure.Lines)
        {
            table.AddRow(
                FormCell.Left(line.Content), FormCell.Value(ExportFormat.Number(line.Planned)), FormCell.Value(ExportFormat.Number(line.Actual)),
                FormCell.Value(line.VoucherNo), FormCell.Left(line.Remark));
        }

        if (expenditure.Lines.Count == 0)
        {
            // An empty form keeps one blank line to write into, as the paper form does.
            table.AddRow(FormCell.Value(""), FormCell.Value(""), FormCell.Value(""), FormCell.Value(""), FormCell.Value(""));
        }

        table.AddRow(
            new FormCell("支出合计") { Bold = true }, FormCell.Value(ExportFormat.Number(expenditure.StatedPlannedTotal)),
            FormCell.Value(ExportFormat.Number(expenditure.StatedActualTotal)), FormCell.Value(""), FormCell.Value(""));
        yield return table.Build();
        yield return WordText.Spacer();
    }
}
