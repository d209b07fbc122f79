using PerfEval.Host.Features.Reports.Form;
using PerfEval.Host.Features.Reports.Form.Inputs;

namespace PerfEval.Host.Features.Reports.Print;

/// <summary>One row of a printed per-institution table: the institution and its cells as printed.</summary>
/// <param name="Name">机构名称 (or 合计).</param>
/// <param name="Cells">The numbers, formatted; blank stays blank.</param>
/// <param name="IsSummary">Whether this is the 合计 row as written.</param>
public sealed record PrintRow(string Name, IReadOnlyList<string> Cells, bool IsSummary = false);

/// <summary>
/// A department-overall (部门整体) table as the print view shows it: the form's columns (<see cref="DepartmentColumns"/>) in
/// the form's order, one row per institution and the 合计 row as written (blank cells stay blank: blank is not zero).
/// </summary>
/// <param name="Key">The table's JSON key (<c>staffing</c>, <c>revenue</c> …), for tests.</param>
/// <param name="Title">The table's title.</param>
/// <param name="Unit">万元/元, or 人 for staffing.</param>
/// <param name="Headers">Column headers after 机构.</param>
/// <param name="Rows">Institution rows, then the 合计 row when written.</param>
public sealed record PrintTable(string Key, string Title, string Unit, IReadOnlyList<string> Headers, IReadOnlyList<PrintRow> Rows)
{
    /// <summary>The five tables of a department report, in the form's order.</summary>
    /// <param name="d">The department section.</param>
    public static IReadOnlyList<PrintTable> Department(DepartmentSection d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return
        [
            Of("staffing", FormText.Staffing, d.Staffing, DepartmentColumns.Staffing, r => r.Institution, money: false),
            Of("revenue", FormText.Revenue, d.Revenue, DepartmentColumns.Revenue, r => r.Institution),
            Of("expenditure", FormText.DeptExpenditure, d.Expenditure, DepartmentColumns.Expenditure, r => r.Institution),
            Of("threePublic", FormText.ThreePublic, d.ThreePublic, DepartmentColumns.ThreePublic, r => r.Institution),
            Of("fixedAssets", FormText.FixedAssets, d.FixedAssets, DepartmentColumns.FixedAssets, r => r.Institution),
        ];
    }

    private static PrintTable Of<TRow>(string key, string title, InstitutionTable<TRow> table, IReadOnlyList<InstitutionColumn<TRow>> columns, Func<TRow, string> name, bool money = true)
        where TRow : class
    {
        var rows = (table?.Rows ?? []).Select(r => new PrintRow(name(r), Cells(r, columns))).ToList();
        if (table?.Summary is { } summary)
        {
            rows.Add(new PrintRow(FormText.SummaryRow, Cells(summary, columns), IsSummary: true));
        }

        var unit = money ? MoneyUnits.Label(table?.Unit ?? MoneyUnit.WanYuan) : PrintText.Persons;
        return new(key, title, unit, [.. columns.Select(c => c.Label)], rows);
    }

    private static string[] Cells<TRow>(TRow row, IReadOnlyList<InstitutionColumn<TRow>> columns) =>
        [.. columns.Select(c => c.Get(row) is { } v ? FormInput.Format(v) : "")];
}
