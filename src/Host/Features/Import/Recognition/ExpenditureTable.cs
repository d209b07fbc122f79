namespace PerfEval.Host.Features.Import.Recognition;

/// <summary>
/// 支出明细: a header with 支出内容 (or 经济科目…) and 计划支出数 / 实际支出数, the lines below it, and 支出合计 as written.
/// The table's unit comes from its headers or heading (元 / 万元); when none is written it is inferred from the funding grid
/// (the lines equal 实际支出 in 万元, or 10 000 times it in 元) or assumed 万元 — and noted either way.
/// </summary>
internal static class ExpenditureTable
{
    private static readonly string[] ColumnNames = ["content", "planned", "actual", "voucher", "remark"];

    public static void Run(RecognitionContext ctx)
    {
        var columns = ColumnNames.Select(n => (n, ctx.V.Set("expenditure", n))).ToList();
        foreach (var header in ctx.Rows().Where(r => !ctx.IsUsed(r.At)).ToList())
        {
            var map = ColumnMap.Of(header.Row, columns);
            if (!map.Has("content") || !(map.Has("planned") || map.Has("actual")))
            {
                continue;
            }

            Read(ctx, header, map);
            return;
        }
    }

    private static void Read(RecognitionContext ctx, PlacedRow header, ColumnMap map)
    {
        ctx.Use(header.At);
        ctx.Found.Add("expenditure");
        var unit = map.Units.Values.FirstOrDefault(u => u is not null)
                   ?? ctx.TextAbove(header.At, 2).Select(FundingTable.MoneyUnitIn).FirstOrDefault(u => u is not null);
        var totalSet = ctx.V.Set("expenditure", "total");
        var lines = new List<(ExpenditureLine Line, string? PlannedText, string? ActualText)>();
        (string? Planned, string? Actual)? stated = null;
        foreach (var (row, first) in ctx.FilledRowsAfter(header.At))
        {
            if (Cells.IsSectionHeading(Cells.Name(first)))
            {
                break;
            }

            var content = map.Cell(row.Row, "content");
            var contentText = content is { IsBlank: false } ? Cells.Name(content) : "";
            var planned = map.Text(row.Row, "planned");
            var actual = map.Text(row.Row, "actual");
            if (totalSet.Is(contentText) || totalSet.Is(Cells.Name(first)))
            {
                ctx.Use(row.At);
                stated = (planned, actual);
                break;
            }

            if (planned is null && actual is null)
            {
                if (contentText.Length == 0)
                {
                    break; // something outside the table's columns: another part of the form
                }

                if (contentText[0] is '（' or '(')
                {
                    ctx.Use(row.At); // a second header line such as "（按经济科目）"
                    continue;
                }
            }

            if (!IsAmountOrBlank(planned) || !IsAmountOrBlank(actual))
            {
                break; // another part of the form (e.g. 预期 | 实际 of the goals)
            }

            ctx.Use(row.At);
            lines.Add((new ExpenditureLine
            {
                Content = contentText,
                VoucherNo = map.Text(row.Row, "voucher"),
                Remark = map.Cell(row.Row, "remark") is { IsBlank: false } r ? Cells.Lines(r.Paragraphs) : null,
            }, planned, actual));
        }

        // The unit may have to be inferred from the funding grid, which is read later: finish then.
        ctx.Finishers.Add(() => Finish(ctx, unit, lines, stated));
    }

    private static void Finish(RecognitionContext ctx, string? unit, List<(ExpenditureLine Line, string? PlannedText, string? ActualText)> lines,
        (string? Planned, string? Actual)? stated)
    {
        var table = ctx.Report.Expenditure;
        unit ??= InferUnit(ctx, lines.Select(l => l.ActualText).Append(stated?.Actual));
        table.Unit = unit is "元" or "千元" ? MoneyUnit.Yuan : MoneyUnit.WanYuan;
        foreach (var (line, plannedText, actualText) in lines)
        {
            var i = table.Lines.Count;
            line.Planned = Amount(ctx, $"expenditure.lines[{i}].planned", plannedText, unit);
            line.Actual = Amount(ctx, $"expenditure.lines[{i}].actual", actualText, unit);
            table.Lines.Add(line);
        }

        if (stated is { } s)
        {
            table.StatedPlannedTotal = Amount(ctx, "expenditure.statedPlannedTotal", s.Planned, unit);
            table.StatedActualTotal = Amount(ctx, "expenditure.statedActualTotal", s.Actual, unit);
        }
    }

    private static bool IsAmountOrBlank(string? text) => text is null || ImportValues.IsPlaceholder(text) || ImportValues.Amount(text).Value is not null;

    /// <summary>An amount in the table's unit; an amount written with another unit is converted to it, and noted.</summary>
    private static decimal? Amount(RecognitionContext ctx, string field, string? text, string? unit)
    {
        var (value, written) = ImportValues.Amount(text);
        if (value is null || written is null || written == "万" && unit == "万元" || written == unit)
        {
            return value;
        }

        var tableUnit = unit is "元" or "千元" ? "元" : "万元";
        var inWan = FundingTable.ToWan(value.Value, written == "万" ? "万元" : written);
        var converted = tableUnit == "元" ? inWan * 10_000m : inWan;
        ctx.Note(field, ImportText.AmountConvertedTo(text!.Trim(), tableUnit, converted));
        return converted;
    }

    /// <summary>No unit written: 万元 when the lines match the grid's 实际支出 in 万元, 元 when they are 10 000 times it; 万元 otherwise.</summary>
    private static string InferUnit(RecognitionContext ctx, IEnumerable<string?> actualTexts)
    {
        var amounts = actualTexts.Select(t => ImportValues.Amount(t).Value).Where(v => v is not null).Select(v => v!.Value).ToList();
        var spent = ctx.Report.Funding.Spent.Amount ?? ctx.Report.Funding.Arrived.Amount ?? ctx.Report.Funding.Planned.Amount;
        var total = amounts.Count == 0 ? (decimal?)null : amounts.Max();
        if (spent is { } s && total is { } t && s > 0 && Math.Abs(t - (s * 10_000m)) < 1m)
        {
            ctx.Note("expenditure.unit", ImportText.ExpenditureUnitInferred("元", s));
            return "元";
        }

        ctx.Note("expenditure.unit", spent is { } sp && total is { } tt && Math.Abs(tt - sp) < 0.01m
            ? ImportText.ExpenditureUnitInferred("万元", sp)
            : ImportText.ExpenditureUnitAssumed);
        return "万元";
    }
}
