namespace PerfEval.Host.Features.Reports.Form.Inputs;

/// <summary>
/// The funding grid's computed cells as the form fills them while the user types: each row's 合计 is the sum of its filled
/// sources, 结余 = 实际到位 − 实际支出 per column, 执行率 = 实际支出 / 计划安排. Blank is not zero: a total of a row with no
/// source filled stays blank, a 结余 with either side blank stays blank. Only the cells an edit feeds are rewritten, so an
/// imported or API-written grid keeps its stated values until the user changes what they are computed from; a stated value
/// that differs from the computation is flagged (the consistency checks stay the authority).
/// </summary>
public static class FundingCalculator
{
    /// <summary>The source columns of the grid, by their document key.</summary>
    public static readonly IReadOnlyList<string> Columns = ["central", "provincial", "city", "county", "other"];

    /// <summary>Recomputes what an edit of <paramref name="rowKey"/>.<paramref name="column"/> feeds (the row's total; 结余 for 到位/支出).</summary>
    /// <param name="grid">The grid.</param>
    /// <param name="rowKey">planned, arrived, spent or balance.</param>
    /// <param name="column">A source column or total.</param>
    public static void Edited(FundingGrid grid, string rowKey, string column)
    {
        ArgumentNullException.ThrowIfNull(grid);
        var row = Row(grid, rowKey);
        if (column != "total")
        {
            row.Total = SumOrNull(row);
        }

        if (rowKey is "arrived" or "spent")
        {
            if (column != "total")
            {
                Set(grid.Balance, column, Difference(Get(grid.Arrived, column), Get(grid.Spent, column)));
                grid.Balance.Total = SumOrNull(grid.Balance) ?? Difference(grid.Arrived.Total, grid.Spent.Total);
            }
            else
            {
                grid.Balance.Total = Difference(grid.Arrived.Total, grid.Spent.Total);
            }
        }
    }

    /// <summary>The row total the grid computes: the sum of the filled sources, or null when none is filled.</summary>
    /// <param name="row">A row.</param>
    public static decimal? SumOrNull(FundingRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        decimal? sum = null;
        foreach (var c in Columns)
        {
            if (Get(row, c) is { } v)
            {
                sum = (sum ?? 0) + v;
            }
        }

        return sum;
    }

    /// <summary>The value 结余 should have in a column (到位 − 支出), or null when either is blank.</summary>
    /// <param name="grid">The grid.</param>
    /// <param name="column">A source column or total.</param>
    public static decimal? ExpectedBalance(FundingGrid grid, string column)
    {
        ArgumentNullException.ThrowIfNull(grid);
        return Difference(Get(grid.Arrived, column), Get(grid.Spent, column));
    }

    /// <summary>执行率 in percent (实际支出合计 / 计划安排合计 × 100), or null when either is blank or the plan is 0.</summary>
    /// <param name="grid">The grid.</param>
    public static decimal? ExecutionRatePercent(FundingGrid grid)
    {
        ArgumentNullException.ThrowIfNull(grid);
        var planned = grid.Planned.Total ?? SumOrNull(grid.Planned);
        var spent = grid.Spent.Total ?? SumOrNull(grid.Spent);
        return planned is { } p && p != 0 && spent is { } s ? Math.Round(s / p * 100, 2, MidpointRounding.AwayFromZero) : null;
    }

    /// <summary>What a stated cell should be, when it differs from what the grid computes (null when it agrees or cannot be computed).</summary>
    /// <param name="grid">The grid.</param>
    /// <param name="rowKey">planned, arrived, spent or balance.</param>
    /// <param name="column">A source column or total.</param>
    public static decimal? Differs(FundingGrid grid, string rowKey, string column)
    {
        ArgumentNullException.ThrowIfNull(grid);
        var row = Row(grid, rowKey);
        var stated = Get(row, column);
        if (stated is null)
        {
            return null;
        }

        decimal? computed = column == "total" ? SumOrNull(row) : null;
        if (rowKey == "balance")
        {
            computed = column == "total" ? ExpectedBalance(grid, "total") ?? computed : ExpectedBalance(grid, column);
        }

        return computed is { } c && c != stated ? c : null;
    }

    /// <summary>The row of a key.</summary>
    /// <param name="grid">The grid.</param>
    /// <param name="rowKey">planned, arrived, spent or balance.</param>
    public static FundingRow Row(FundingGrid grid, string rowKey)
    {
        ArgumentNullException.ThrowIfNull(grid);
        return rowKey switch
        {
            "planned" => grid.Planned,
            "arrived" => grid.Arrived,
            "spent" => grid.Spent,
            "balance" => grid.Balance,
            _ => throw new ArgumentOutOfRangeException(nameof(rowKey), rowKey, null),
        };
    }

    /// <summary>A cell of a row by column key.</summary>
    /// <param name="row">The row.</param>
    /// <param name="column">A source column or total.</param>
    public static decimal? Get(FundingRow row, string column)
    {
        ArgumentNullException.ThrowIfNull(row);
        return column switch
        {
            "central" => row.Central,
            "provincial" => row.Provincial,
            "city" => row.City,
            "county" => row.County,
            "other" => row.Other,
            "total" => row.Total,
            _ => throw new ArgumentOutOfRangeException(nameof(column), column, null),
        };
    }

    /// <summary>Sets a cell of a row by column key.</summary>
    /// <param name="row">The row.</param>
    /// <param name="column">A source column or total.</param>
    /// <param name="value">The value (null for blank).</param>
    public static void Set(FundingRow row, string column, decimal? value)
    {
        ArgumentNullException.ThrowIfNull(row);
        switch (column)
        {
            case "central": row.Central = value; break;
            case "provincial": row.Provincial = value; break;
            case "city": row.City = value; break;
            case "county": row.County = value; break;
            case "other": row.Other = value; break;
            case "total": row.Total = value; break;
            default: throw new ArgumentOutOfRangeException(nameof(column), column, null);
        }
    }

    private static decimal? Difference(decimal? a, decimal? b) => a is { } x && b is { } y ? x - y : null;
}
