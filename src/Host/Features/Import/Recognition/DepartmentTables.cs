using PerfEval.Host.Features.Reports.Form;

namespace PerfEval.Host.Features.Import.Recognition;

/// <summary>
/// A department report's tables — 人员编制, 收入, 支出, "三公"经费, 固定资产 — by their column labels, one row per institution
/// (局机关, 二级机构…) and the 合计/汇总 row as the summary; or, where a form lists the figures as label/value pairs
/// (编制数 | 30 | 实有人数 | 27), the summary only. Each table keeps the unit its header names (万元 unless it says 元).
/// </summary>
internal static class DepartmentTables
{
    /// <summary>A column of a table: its key, how a read value is set, and whether it counts people.</summary>
    /// <param name="Name">The column's key in the form (and the label vocabulary).</param>
    /// <param name="Set">Writes a read value into a row.</param>
    /// <param name="Whole">A count of people: a fraction is not imported (it would be cut to a whole number), it is said.</param>
    private sealed record Column<TRow>(string Name, Action<TRow, decimal> Set, bool Whole = false)
    {
        /// <summary>Sets the value, or — a count that is not a whole number in range — notes why the cell stays blank.</summary>
        public void TrySet(RecognitionContext ctx, TRow row, string field, string text, decimal value)
        {
            if (Whole && (value != decimal.Truncate(value) || value < 0 || value > int.MaxValue))
            {
                ctx.Note(field, ImportText.FormatStaffingNotWhole(text.Trim()));
                return;
            }

            Set(row, value);
        }
    }

    public static void Run(RecognitionContext ctx)
    {
        if (ctx.Report.Department is not { } d)
        {
            return;
        }

        Read(ctx, "staffing", d.Staffing, [
            new Column<StaffingRow>("approvedPosts", (r, v) => r.ApprovedPosts = (int)v, Whole: true),
            new Column<StaffingRow>("actualHeadcount", (r, v) => r.ActualHeadcount = (int)v, Whole: true)],
            name => new StaffingRow { Institution = name }, money: false);
        Read(ctx, "revenue", d.Revenue, Of(DepartmentColumns.Revenue), name => new RevenueRow { Institution = name });
        Read(ctx, "expenditure", d.Expenditure, Of(DepartmentColumns.Expenditure), name => new DepartmentExpenditureRow { Institution = name });
        Read(ctx, "threePublic", d.ThreePublic, Of(DepartmentColumns.ThreePublic), name => new ThreePublicRow { Institution = name });
        Read(ctx, "fixedAssets", d.FixedAssets, Of(DepartmentColumns.FixedAssets), name => new FixedAssetRow { Institution = name });
    }

    /// <summary>The money columns as the form defines them (same keys, same order); the label vocabulary names them by key.</summary>
    private static Column<TRow>[] Of<TRow>(IReadOnlyList<InstitutionColumn<TRow>> form) => [.. form.Select(c => new Column<TRow>(c.Key, (r, v) => c.Set(r, v)))];

    private static void Read<TRow>(RecognitionContext ctx, string table, InstitutionTable<TRow> target, IReadOnlyList<Column<TRow>> columns,
        Func<string, TRow> create, bool money = true)
        where TRow : class
    {
        var sets = new List<(string, LabelSet)> { ("institution", ctx.V.Set("department", "institution")) };
        sets.AddRange(columns.Select(c => (c.Name, ctx.V.Set("department", table, c.Name))));
        var summaryLabels = ctx.V.Set("department", "summaryRow");
        foreach (var header in ctx.Rows().Where(r => !ctx.IsUsed(r.At)).ToList())
        {
            var map = ColumnMap.Of(header.Row, sets);
            var specific = columns.Count(c => c.Name != "total" && map.Has(c.Name));
            if (specific < Math.Min(2, columns.Count(c => c.Name != "total")) || header.Filled.Any(c => ImportValues.Amount(c.Text).Value is not null))
            {
                continue; // not this table's header (a header holds labels, not amounts)
            }

            ctx.Use(header.At);
            ctx.Found.Add($"department.{table}");
            var unit = money ? UnitOf(ctx, header, map, table, target) : null;
            foreach (var (row, first) in ctx.FilledRowsAfter(header.At))
            {
                if (Cells.IsSectionHeading(first.Text) || ColumnMap.Of(row.Row, sets).Count >= 3)
                {
                    break;
                }

                var name = map.Has("institution") ? Cells.Value(map.Cell(row.Row, "institution")) ?? "" : ImportText.SummaryInstitution;
                var values = columns.Select(c => (c, Text: map.Text(row.Row, c.Name))).ToList();
                if (values.All(v => v.Text is null) && name.Length == 0)
                {
                    ctx.Use(row.At);
                    continue;
                }

                if (values.Any(v => v.Text is not null && !ImportValues.IsPlaceholder(v.Text) && ImportValues.Amount(v.Text).Value is null))
                {
                    break; // words where numbers belong: the table has ended
                }

                ctx.Use(row.At);
                var isSummary = summaryLabels.Is(name) || !map.Has("institution");
                var path = isSummary ? $"department.{table}.summary" : $"department.{table}.rows[{target.Rows.Count}]";
                var record = create(name);
                foreach (var (column, text) in values)
                {
                    if (Value(ctx, $"{path}.{column.Name}", text, unit) is { } v)
                    {
                        column.TrySet(ctx, record, $"{path}.{column.Name}", text!, v);
                    }
                }

                if (isSummary)
                {
                    target.Summary ??= record;
                }
                else
                {
                    target.Rows.Add(record);
                }
            }

            return;
        }

        ReadPairs(ctx, table, target, columns, create, money);
    }

    /// <summary>Figures written as label/value pairs (编制数 | 30 | 实有人数 | 27): the table's summary row.</summary>
    private static void ReadPairs<TRow>(RecognitionContext ctx, string table, InstitutionTable<TRow> target, IReadOnlyList<Column<TRow>> columns,
        Func<string, TRow> create, bool money)
        where TRow : class
    {
        var sets = columns.Select(c => (Column: c, Set: ctx.V.Set("department", table, c.Name))).ToList();
        TRow? summary = null;
        foreach (var row in ctx.Rows().Where(r => !ctx.IsUsed(r.At)).ToList())
        {
            var cells = row.Cells;
            var took = false;
            for (var i = 0; i + 1 < cells.Count; i++)
            {
                var label = Cells.Name(cells[i]);
                var hit = sets.FirstOrDefault(s => s.Set.Is(label) && !(s.Column.Name == "total" && ctx.V.Set("department", "summaryRow").Is(label)));
                if (hit.Set is null || cells[i + 1].IsBlank || ImportValues.Amount(cells[i + 1].Text).Value is null)
                {
                    continue;
                }

                summary ??= create(ImportText.SummaryInstitution);
                var unit = money ? Labels.Key(Cells.Name(cells[i])).Unit ?? ImportValues.Amount(cells[i + 1].Text).Unit : null;
                var field = $"department.{table}.summary.{hit.Column.Name}";
                if (Value(ctx, field, cells[i + 1].Text, unit) is { } v)
                {
                    hit.Column.TrySet(ctx, summary, field, cells[i + 1].Text, v);
                }

                took = true;
                i++;
            }

            if (took)
            {
                ctx.Use(row.At);
            }
        }

        if (summary is not null && target.Summary is null)
        {
            target.Summary = summary;
            ctx.Found.Add($"department.{table}");
            ctx.Note($"department.{table}", ImportText.DepartmentPairsAsSummary(table));
        }
    }

    private static string? UnitOf<TRow>(RecognitionContext ctx, PlacedRow header, ColumnMap map, string table, InstitutionTable<TRow> target)
        where TRow : class
    {
        var unit = map.Units.Values.FirstOrDefault(u => u is "元" or "万元")
                   ?? ctx.TextAbove(header.At, 2).Select(FundingTable.MoneyUnitIn).FirstOrDefault(u => u is not null);
        target.Unit = unit == "元" ? MoneyUnit.Yuan : MoneyUnit.WanYuan;
        if (unit is null)
        {
            ctx.Note($"department.{table}.unit", ImportText.DepartmentUnitAssumed(table));
        }

        return unit;
    }

    private static decimal? Value(RecognitionContext ctx, string field, string? text, string? tableUnit)
    {
        var (value, written) = ImportValues.Amount(text);
        if (value is null || written is null || tableUnit is null || written == tableUnit || (written == "万" && tableUnit == "万元"))
        {
            return value;
        }

        var converted = tableUnit == "元" ? FundingTable.ToWan(value.Value, written) * 10_000m : FundingTable.ToWan(value.Value, written);
        ctx.Note(field, ImportText.AmountConvertedTo(text!.Trim(), tableUnit, converted));
        return converted;
    }
}
