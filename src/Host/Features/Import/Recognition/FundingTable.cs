using PerfEval.Host.Features.Import.Source;

namespace PerfEval.Host.Features.Import.Recognition;

/// <summary>
/// The funding grid (万元), in the three shapes forms draw it: label/value pairs across (计划安排资金 | 120 | 实际到位资金 |
/// 120 …, each followed by 其中：中央财政 | … rows in the same columns), sources as columns (中央 | 省 | 市 | 县 | 其它 | 合计
/// with a row per 计划/到位/支出/结余), or 计划/到位/支出 as columns with a row per source (年度资金总额 | 其中：当年财政拨款 …,
/// the national 自评表, whose 分值/执行率/得分 columns give the 预算执行率 row). Amounts in 元 are converted, and noted.
/// </summary>
internal static class FundingTable
{
    private enum Part
    {
        Planned,
        Arrived,
        Spent,
        Balance,
    }

    private enum Source
    {
        Central,
        Provincial,
        City,
        County,
        Other,
        Total,
        Unmapped,
    }

    // Field name (under funding, also the vocabulary's key) and the form's label of each part and source, in enum order;
    // an unmapped source is counted in the total.
    private static readonly (string Name, string Label)[] PartTexts =
        [("planned", "计划安排资金"), ("arrived", "实际到位资金"), ("spent", "实际支出"), ("balance", "结余")];

    private static readonly (string Name, string Label)[] SourceTexts =
        [("central", "中央财政"), ("provincial", "省（自治区）财政"), ("city", "市财政"), ("county", "县市区财政"), ("other", "其它"), ("total", "合计"), ("total", "合计")];

    private static string Name(Part p) => PartTexts[(int)p].Name;

    private static string Name(Source s) => SourceTexts[(int)s].Name;

    private static string FundingPartLabel(Part p) => PartTexts[(int)p].Label;

    private static string FundingSourceLabel(Source s) => SourceTexts[(int)s].Label;

    public static void Run(RecognitionContext ctx)
    {
        (Part Part, LabelSet Set)[] parts = [.. Enum.GetValues<Part>().Select(p => (p, ctx.V.Set("funding", "rows", Name(p))))];
        (Source Source, LabelSet Set)[] sources =
        [
            .. Enum.GetValues<Source>().Where(s => s != Source.Unmapped).Select(s => (s, ctx.V.Set("funding", "sources", Name(s)))),
            (Source.Unmapped, ctx.V.Set("funding", "unmappedSources")),
        ];

        var grid = new Grid(ctx);
        var active = new Dictionary<int, (Part Part, string? Unit)>();
        var rows = ctx.Rows().Where(r => !ctx.IsUsed(r.At)).ToList();
        var block = -1;
        for (var n = 0; n < rows.Count; n++)
        {
            var row = rows[n];
            var cells = row.Cells;
            if (row.At.Block != block)
            {
                // Source rows belong to the totals above them in the same table.
                active.Clear();
                block = row.At.Block;
            }

            var labelled = cells.Select((c, i) => (Cell: c, Index: i, Part: PartOf(parts, c), Source: SourceOf(sources, c))).ToList();
            var partCells = labelled.Where(l => l.Part is not null).ToList();
            var sourceCells = labelled.Where(l => l.Source is not null).ToList();

            // Shape 3: 计划/到位/支出 as column headers (labels next to labels).
            if (partCells.Count >= 2 && partCells.All(l => l.Index + 1 >= cells.Count || IsLabel(parts, sources, cells[l.Index + 1]) || Execution(ctx, cells[l.Index + 1]) is not null))
            {
                ReadPartColumns(ctx, grid, row, partCells.Select(l => (l.Cell, l.Part!.Value.Part, l.Part.Value.Variant)).ToList(), rows, n, sources);
                continue;
            }

            // Shape 2: sources as column headers.
            if (sourceCells.Count >= 2 && partCells.Count == 0 && sourceCells.All(l => l.Index + 1 >= cells.Count || IsLabel(parts, sources, cells[l.Index + 1])))
            {
                if (ReadSourceColumns(ctx, grid, row, sourceCells.Select(l => (l.Cell, l.Source!.Value.Source, l.Source.Value.Variant)).ToList(), rows, n, parts))
                {
                    continue;
                }
            }

            // Shape 1: label/value pairs.
            var used = false;
            foreach (var (cell, index, part, _) in partCells)
            {
                if (index + 1 < cells.Count && !IsLabel(parts, sources, cells[index + 1]) && IsValue(cells[index + 1]))
                {
                    var unit = Labels.Key(Cells.Name(cell)).Unit;
                    active[cell.Column] = (part!.Value.Part, unit);
                    grid.Set(part.Value.Part, Source.Total, cells[index + 1], unit, part.Value.Variant);
                    used = true;
                }
            }

            foreach (var (cell, index, _, source) in sourceCells)
            {
                if (active.TryGetValue(cell.Column, out var column) && index + 1 < cells.Count && !IsLabel(parts, sources, cells[index + 1]) && IsValue(cells[index + 1]))
                {
                    // A source row takes the unit of the total above it ("计划安排资金（万元）").
                    grid.Set(column.Part, source!.Value.Source, cells[index + 1], column.Unit, null, source.Value.Variant);
                    used = true;
                }
            }

            if (used)
            {
                ctx.Use(row.At);
            }
            else if (row.Filled.Any())
            {
                active.Clear(); // another part of the form: the grid has ended
            }
        }

        grid.Finish();
    }

    /// <summary>A cell that can hold an amount: blank, crossed out, or a number (with or without its unit).</summary>
    private static bool IsValue(SourceCell cell) =>
        cell.IsBlank || ImportValues.IsPlaceholder(cell.Text) || ImportValues.Amount(cell.Text).Value is not null;

    private static bool IsLabel((Part Part, LabelSet Set)[] parts, (Source Source, LabelSet Set)[] sources, SourceCell cell) =>
        !cell.IsBlank && (PartOf(parts, cell) is not null || SourceOf(sources, cell) is not null);

    private static (Part Part, LabelVariant Variant)? PartOf((Part Part, LabelSet Set)[] parts, SourceCell cell) => LabelOf(parts, cell);

    private static (Source Source, LabelVariant Variant)? SourceOf((Source Source, LabelSet Set)[] sources, SourceCell cell) => LabelOf(sources, cell);

    /// <summary>The first of <paramref name="labels"/> whose set names the cell, with the variant it is written in (a blank cell names none).</summary>
    private static (T Item, LabelVariant Variant)? LabelOf<T>((T Item, LabelSet Set)[] labels, SourceCell cell)
    {
        if (cell.IsBlank)
        {
            return null;
        }

        var name = Cells.Name(cell);
        foreach (var (item, set) in labels)
        {
            if (set.Match(name) is { } v)
            {
                return (item, v);
            }
        }

        return null;
    }

    private static string? Execution(RecognitionContext ctx, SourceCell cell) =>
        cell.IsBlank ? null : ctx.V.Sets("funding", "executionColumns").FirstOrDefault(s => s.Set.Is(Cells.Name(cell))).Name;

    /// <summary>Header: 项目资金（万元）| 年初预算数 | 全年预算数 | 全年执行数 [| 分值 | 执行率 | 得分]; rows: 年度资金总额, 其中：当年财政拨款 …</summary>
    private static void ReadPartColumns(RecognitionContext ctx, Grid grid, PlacedRow header, List<(SourceCell Cell, Part Part, LabelVariant Variant)> columns,
        List<PlacedRow> rows, int at, (Source Source, LabelSet Set)[] sources)
    {
        ctx.Use(header.At);
        var unit = HeaderUnit(ctx, header);
        var execution = header.Cells.Select(c => (Cell: c, Name: Execution(ctx, c))).Where(x => x.Name is not null).ToDictionary(x => x.Name!, x => x.Cell);
        foreach (var (row, _, source) in LabelledRows(header, rows, at, sources))
        {
            ctx.Use(row.At);
            foreach (var (cell, part, variant) in columns)
            {
                grid.Set(part, source.Item, Cells.Under(row.Row, cell), unit, variant, source.Variant);
            }

            if (source.Item == Source.Total && execution.Count > 0)
            {
                grid.Execution = (
                    ImportValues.Number(execution.TryGetValue("points", out var p) ? Cells.Under(row.Row, p)?.Text : null),
                    execution.TryGetValue("rate", out var r) ? Cells.Value(Cells.Under(row.Row, r)) : null,
                    ImportValues.Number(execution.TryGetValue("score", out var s) ? Cells.Under(row.Row, s)?.Text : null));
            }
        }
    }

    /// <summary>Header: 资金来源 | 中央财政 | 省财政 | 市财政 | 县财政 | 其它 | 合计; rows: 计划安排, 实际到位, 实际支出, 结余.</summary>
    private static bool ReadSourceColumns(RecognitionContext ctx, Grid grid, PlacedRow header, List<(SourceCell Cell, Source Source, LabelVariant Variant)> columns,
        List<PlacedRow> rows, int at, (Part Part, LabelSet Set)[] parts)
    {
        var unit = HeaderUnit(ctx, header);
        var read = false;
        foreach (var (row, first, part) in LabelledRows(header, rows, at, parts))
        {
            ctx.Use(row.At);
            read = true;
            foreach (var (cell, source, variant) in columns)
            {
                grid.Set(part.Item, source, Cells.Under(row.Row, cell), Labels.Key(Cells.Name(first)).Unit ?? unit, part.Variant, variant);
            }
        }

        if (read)
        {
            ctx.Use(header.At);
        }

        return read;
    }

    /// <summary>The rows under <paramref name="header"/> in its block, as long as each starts with one of <paramref name="labels"/>.</summary>
    private static IEnumerable<(PlacedRow Row, SourceCell First, (T Item, LabelVariant Variant) Label)> LabelledRows<T>(
        PlacedRow header, List<PlacedRow> rows, int at, (T Item, LabelSet Set)[] labels)
    {
        for (var n = at + 1; n < rows.Count && rows[n].At.Block == header.At.Block; n++)
        {
            var first = rows[n].Filled.FirstOrDefault();
            if (first is null || LabelOf(labels, first) is not { } label)
            {
                yield break;
            }

            yield return (rows[n], first, label);
        }
    }

    /// <summary>The unit a header names (万元, 元), else the one written above the table.</summary>
    private static string? HeaderUnit(RecognitionContext ctx, PlacedRow header) =>
        header.Cells.Select(c => Labels.Key(Cells.Name(c)).Unit).FirstOrDefault(u => u is not null) ?? UnitAbove(ctx, header.At);

    private static string? UnitAbove(RecognitionContext ctx, RowRef at) =>
        ctx.TextAbove(at, 2).Select(t => MoneyUnitIn(t)).FirstOrDefault(u => u is not null);

    /// <summary>"（单位：元）", "单位：万元" in a heading.</summary>
    internal static string? MoneyUnitIn(string? text)
    {
        var t = TextKey.Compact(text);
        var i = t.IndexOf("单位:", StringComparison.Ordinal);
        if (i < 0)
        {
            return null;
        }

        var rest = t[(i + 3)..];
        return rest.StartsWith("万元", StringComparison.Ordinal) ? "万元"
            : rest.StartsWith("亿元", StringComparison.Ordinal) ? "亿元"
            : rest.StartsWith("千元", StringComparison.Ordinal) ? "千元"
            : rest.StartsWith('元') ? "元"
            : null;
    }

    /// <summary>Converts an amount written in <paramref name="unit"/> to 万元.</summary>
    internal static decimal ToWan(decimal value, string? unit) => unit switch
    {
        "元" => value / 10_000m,
        "千元" => value / 10m,
        "亿元" => value * 10_000m,
        _ => value,
    };

    /// <summary>The grid being filled, with the notes it owes.</summary>
    private sealed class Grid(RecognitionContext ctx)
    {
        private bool _found;
        private readonly HashSet<string> _converted = [];

        public (decimal? Points, string? Rate, decimal? Score)? Execution { get; set; }

        public void Set(Part part, Source source, SourceCell? cell, string? headerUnit, LabelVariant? partVariant, LabelVariant? sourceVariant = null)
        {
            _found = true;
            var field = $"funding.{Name(part)}.{Name(source)}";
            if (partVariant is { Judged: true })
            {
                ctx.Note($"funding.{Name(part)}", ImportText.FormatFundingLabelJudged(partVariant.Written, FundingPartLabel(part)));
            }

            if (sourceVariant is { Judged: true })
            {
                ctx.Note(field, ImportText.FormatFundingLabelJudged(sourceVariant.Written, FundingSourceLabel(source)));
            }

            if (cell is null || cell.IsBlank || ImportValues.IsPlaceholder(cell.Text))
            {
                return;
            }

            var (value, written) = ImportValues.Amount(cell.Text);
            if (value is null)
            {
                ctx.Note(field, ImportText.FormatNotANumber(FundingPartLabel(part), cell.Text));
                return;
            }

            if (source == Source.Unmapped)
            {
                ctx.Note($"funding.{Name(part)}", ImportText.FundingSourceUnmapped(sourceVariant?.Written ?? "", value.Value));
                return;
            }

            var unit = written ?? headerUnit ?? ctx.FundingUnit;
            if (unit == "万")
            {
                unit = "万元";
            }

            if (unit is not null && unit != "万元")
            {
                var converted = ToWan(value.Value, unit);
                ctx.Note(field, ImportText.AmountConverted(cell.Text.Trim(), unit, converted));
                value = converted;
                _converted.Add(field);
            }
            else if (unit is null)
            {
                ctx.Note("funding", ImportText.FundingUnitAssumed);
            }

            var row = part switch
            {
                Part.Planned => ctx.Report.Funding.Planned,
                Part.Arrived => ctx.Report.Funding.Arrived,
                Part.Spent => ctx.Report.Funding.Spent,
                _ => ctx.Report.Funding.Balance,
            };
            switch (source)
            {
                case Source.Central: row.Central ??= value; break;
                case Source.Provincial: row.Provincial ??= value; break;
                case Source.City: row.City ??= value; break;
                case Source.County: row.County ??= value; break;
                case Source.Other: row.Other ??= value; break;
                default: row.Total ??= value; break;
            }
        }

        public void Finish()
        {
            if (!_found)
            {
                return;
            }

            ctx.Found.Add("funding");
            if (Execution is { } e && (e.Points is not null || e.Score is not null))
            {
                ctx.PendingBudgetExecution = e;
            }
        }
    }
}
