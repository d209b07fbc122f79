namespace PerfEval.Rules.Model;

/// <summary>
/// The funding grid of the form, always in 万元: rows 计划安排 / 实际到位 / 实际支出 / 结余,
/// columns by source plus the total as written.
/// </summary>
public sealed class FundingGrid
{
    /// <summary>The grid's unit; the forms always use 万元.</summary>
    public MoneyUnit Unit => MoneyUnit.WanYuan;

    /// <summary>计划安排资金.</summary>
    public FundingRow Planned { get; set; } = new();

    /// <summary>实际到位资金.</summary>
    public FundingRow Arrived { get; set; } = new();

    /// <summary>实际支出.</summary>
    public FundingRow Spent { get; set; } = new();

    /// <summary>结余.</summary>
    public FundingRow Balance { get; set; } = new();
}

/// <summary>One row of the funding grid (万元); <c>null</c> is a blank cell.</summary>
public sealed class FundingRow
{
    /// <summary>中央财政.</summary>
    public decimal? Central { get; set; }

    /// <summary>省（自治区）财政.</summary>
    public decimal? Provincial { get; set; }

    /// <summary>市财政 (or 市县财政 where the form merges them).</summary>
    public decimal? City { get; set; }

    /// <summary>县市区财政.</summary>
    public decimal? County { get; set; }

    /// <summary>其它.</summary>
    public decimal? Other { get; set; }

    /// <summary>The row total as written on the form.</summary>
    public decimal? Total { get; set; }

    /// <summary>Whether no cell of the row is filled: a blank row is unknown, never a row of zeros.</summary>
    public bool IsBlank => Total is null && Central is null && Provincial is null && City is null && County is null && Other is null;

    /// <summary>The row's amount when anything is written (the stated total, else the sum of the filled sources); <c>null</c> when blank.</summary>
    public decimal? Amount => IsBlank ? null : TotalOrSum;

    /// <summary>Sum of the sources (blank cells count as zero).</summary>
    public decimal SumOfSources => (Central ?? 0) + (Provincial ?? 0) + (City ?? 0) + (County ?? 0) + (Other ?? 0);

    /// <summary>The stated total, or the sum of sources when the total cell is blank.</summary>
    public decimal TotalOrSum => Total ?? SumOfSources;
}

/// <summary>二、支出明细: expenditure lines in an explicit unit and the written totals.</summary>
public sealed class ExpenditureTable
{
    /// <summary>The unit all amounts of this table are written in.</summary>
    public MoneyUnit Unit { get; set; } = MoneyUnit.WanYuan;

    /// <summary>The lines.</summary>
    public List<ExpenditureLine> Lines { get; set; } = [];

    /// <summary>支出合计 (planned column) as written.</summary>
    public decimal? StatedPlannedTotal { get; set; }

    /// <summary>支出合计 (actual column) as written.</summary>
    public decimal? StatedActualTotal { get; set; }
}

/// <summary>One expenditure line.</summary>
public sealed class ExpenditureLine
{
    /// <summary>支出内容 or 经济科目, e.g. 302商品和服务支出.</summary>
    public string Content { get; set; } = "";

    /// <summary>计划支出数.</summary>
    public decimal? Planned { get; set; }

    /// <summary>实际支出数.</summary>
    public decimal? Actual { get; set; }

    /// <summary>会计凭证号.</summary>
    public string? VoucherNo { get; set; }

    /// <summary>备注.</summary>
    public string? Remark { get; set; }
}
