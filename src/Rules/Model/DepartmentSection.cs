namespace PerfEval.Rules.Model;

/// <summary>The parts only a department-overall report (部门整体支出) has.</summary>
public sealed class DepartmentSection
{
    /// <summary>职能职责概述.</summary>
    public string? Duties { get; set; }

    /// <summary>年度主要工作任务.</summary>
    public string? AnnualTasks { get; set; }

    /// <summary>年度总体运行情况及取得的成绩.</summary>
    public string? YearOverview { get; set; }

    /// <summary>人员编制 and 实有人数 per institution.</summary>
    public InstitutionTable<StaffingRow> Staffing { get; set; } = new();

    /// <summary>收入 per institution (money in the table's unit).</summary>
    public InstitutionTable<RevenueRow> Revenue { get; set; } = new();

    /// <summary>支出 per institution.</summary>
    public InstitutionTable<DepartmentExpenditureRow> Expenditure { get; set; } = new();

    /// <summary>"三公"经费 per institution.</summary>
    public InstitutionTable<ThreePublicRow> ThreePublic { get; set; } = new();

    /// <summary>固定资产 per institution.</summary>
    public InstitutionTable<FixedAssetRow> FixedAssets { get; set; } = new();
}

/// <summary>A per-institution table with its 合计 (summary) row, as on the form.</summary>
/// <typeparam name="TRow">The row type.</typeparam>
public sealed class InstitutionTable<TRow> where TRow : class
{
    /// <summary>The unit money columns are written in.</summary>
    public MoneyUnit Unit { get; set; } = MoneyUnit.WanYuan;

    /// <summary>One row per institution (局机关, 二级机构 …).</summary>
    public List<TRow> Rows { get; set; } = [];

    /// <summary>The 合计 row as written; must equal the sum of <see cref="Rows"/>.</summary>
    public TRow? Summary { get; set; }
}

/// <summary>人员编制 row.</summary>
public sealed class StaffingRow
{
    /// <summary>机构名称.</summary>
    public string Institution { get; set; } = "";

    /// <summary>编制数.</summary>
    public int? ApprovedPosts { get; set; }

    /// <summary>实有人数.</summary>
    public int? ActualHeadcount { get; set; }
}

/// <summary>收入 row.</summary>
public sealed class RevenueRow
{
    /// <summary>机构名称.</summary>
    public string Institution { get; set; } = "";

    /// <summary>收入合计.</summary>
    public decimal? Total { get; set; }

    /// <summary>上年结转.</summary>
    public decimal? CarriedOver { get; set; }

    /// <summary>公共财政拨款.</summary>
    public decimal? GeneralBudget { get; set; }

    /// <summary>政府基金拨款.</summary>
    public decimal? GovernmentFund { get; set; }

    /// <summary>纳入专户管理的非税收入拨款.</summary>
    public decimal? SpecialAccountNonTax { get; set; }

    /// <summary>其他收入.</summary>
    public decimal? Other { get; set; }
}

/// <summary>支出 row: 基本支出 = 人员支出 + 公用支出.</summary>
public sealed class DepartmentExpenditureRow
{
    /// <summary>机构名称.</summary>
    public string Institution { get; set; } = "";

    /// <summary>支出合计.</summary>
    public decimal? Total { get; set; }

    /// <summary>基本支出.</summary>
    public decimal? Basic { get; set; }

    /// <summary>人员支出.</summary>
    public decimal? Personnel { get; set; }

    /// <summary>公用支出.</summary>
    public decimal? Public { get; set; }

    /// <summary>项目支出.</summary>
    public decimal? Project { get; set; }

    /// <summary>当年结余.</summary>
    public decimal? YearBalance { get; set; }

    /// <summary>累计结余.</summary>
    public decimal? AccumulatedBalance { get; set; }
}

/// <summary>"三公"经费 row.</summary>
public sealed class ThreePublicRow
{
    /// <summary>机构名称.</summary>
    public string Institution { get; set; } = "";

    /// <summary>合计.</summary>
    public decimal? Total { get; set; }

    /// <summary>公务接待费.</summary>
    public decimal? Reception { get; set; }

    /// <summary>公务用车运行维护费.</summary>
    public decimal? VehicleOperation { get; set; }

    /// <summary>公务用车购置费.</summary>
    public decimal? VehiclePurchase { get; set; }

    /// <summary>因公出国（境）费.</summary>
    public decimal? OverseasTravel { get; set; }

    /// <summary>年初预算数 of the 三公 total.</summary>
    public decimal? Budget { get; set; }

    /// <summary>上年实际数 of the 三公 total.</summary>
    public decimal? LastYear { get; set; }
}

/// <summary>固定资产 row.</summary>
public sealed class FixedAssetRow
{
    /// <summary>机构名称.</summary>
    public string Institution { get; set; } = "";

    /// <summary>合计.</summary>
    public decimal? Total { get; set; }

    /// <summary>在用.</summary>
    public decimal? InUse { get; set; }

    /// <summary>出租.</summary>
    public decimal? Leased { get; set; }

    /// <summary>其他.</summary>
    public decimal? Other { get; set; }
}
