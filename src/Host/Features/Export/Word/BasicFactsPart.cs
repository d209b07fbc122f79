using DocumentFormat.OpenXml;

namespace PerfEval.Host.Features.Export.Word;

/// <summary>一、基本概况: person in charge, address, period and the funding grid (万元) laid out as on the form.</summary>
internal static class BasicFactsPart
{
    public const string Heading = "一、项目基本概况";

    /// <summary>Four label/value pairs across the page, as the Yueyanglou form draws the funding block.</summary>
    private static readonly int[] Columns = [1400, 676, 1400, 676, 1400, 676, 1400, 678];

    private static readonly (string Label, Func<FundingRow, decimal?> Value)[] Sources =
    [
        ("其中：中央财政", r => r.Central),
        ("省财政", r => r.Provincial),
        ("市财政", r => r.City),
        ("县市区财政", r => r.County),
        ("其它", r => r.Other),
    ];

    public static IEnumerable<OpenXmlElement> Build(ReportDocxContext ctx)
    {
        var basic = ctx.Content.Basic;
        var funding = ctx.Content.Funding;
        var table = new FormTable(Columns, WordText.SizeSmall)
            .AddRow(FormCell.Heading(ctx.IsDepartment ? "一、部门基本概况" : Heading, 8))
            .AddRow(FormCell.Label($"{ctx.Subject}负责人", 2), FormCell.Value(basic.PersonInCharge, 2), FormCell.Label("联系电话", 2), FormCell.Value(basic.Phone, 2))
            // Addresses are long and postcodes short: the address takes the room.
            .AddRow(FormCell.Label($"{ctx.Subject}地址", 2), FormCell.Left(basic.Address, 3), FormCell.Label("邮编"), FormCell.Value(basic.Postcode, 2))
            .AddRow(FormCell.Label(ctx.IsDepartment ? "评价期间" : "项目起止时间", 2), FormCell.Left(ExportFormat.Period(basic.StartDate, basic.EndDate), 6));

        FundingRow[] rows = [funding.Planned, funding.Arrived, funding.Spent, funding.Balance];
        string[] totals = ["计划安排资金（万元）", "实际到位资金（万元）", "实际支出（万元）", "结余（万元）"];
        table.AddRow([.. rows.Zip(totals).SelectMany(p => new[] { FormCell.Label(p.Second), FormCell.Value(ExportFormat.Number(p.First.Total)) })]);
        foreach (var (label, value) in Sources)
        {
            table.AddRow([.. rows.SelectMany(r => new[] { FormCell.Label(label), FormCell.Value(ExportFormat.Number(value(r))) })]);
        }

        yield return table.Build();
        yield return WordText.Spacer();
    }
}
