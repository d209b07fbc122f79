using PerfEval.Rules.Checks;
using PerfEval.Rules.Model;

namespace PerfEval.Rules.Tests;

/// <summary>Department tables as real forms fill them: blank template rows, a 汇总 row, totals within each row.</summary>
public class DepartmentCheckTests
{
    private static IReadOnlyList<Finding> Check(ReportDocument report) => ConsistencyChecker.Check(TestFiles.RuleSet("checks-consistency"), report);

    /// <summary>The paper form: 局机关 / 二级机构1 / 二级机构2 left blank, only the 汇总 row filled (a real report's figures).</summary>
    private static ReportDocument SummaryOnly(decimal total)
    {
        var report = new ReportDocument { Department = new DepartmentSection() };
        var d = report.Department;
        d.Revenue.Rows = [new() { Institution = "局机关" }, new() { Institution = "二级机构1" }, new() { Institution = "二级机构2" }];
        d.Revenue.Summary = new RevenueRow { Institution = "汇总", Total = total, CarriedOver = 120.5m, GeneralBudget = 2859.1m, Other = 200m };
        d.Expenditure.Rows = [new() { Institution = "局机关" }, new() { Institution = "二级机构1" }];
        d.Expenditure.Summary = new DepartmentExpenditureRow { Institution = "汇总", Total = 3000m, Basic = 2200m, Personnel = 1700m, Public = 500m, Project = 800m };
        return report;
    }

    [Fact]
    public void Check_BlankTemplateRowsWithFilledSummary_NoSumError()
    {
        var findings = Check(SummaryOnly(3179.60m));

        Assert.DoesNotContain(findings, f => f.Field.StartsWith("department", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_RevenueTotalOffByACent_IsARoundingWarningNamingTheCell()
    {
        var f = Assert.Single(Check(SummaryOnly(3179.61m)), f => f.Field.StartsWith("department", StringComparison.Ordinal));

        Assert.Equal(FindingSeverity.Warning, f.Severity);
        Assert.Equal("department.revenue.summary.total", f.Field);
        Assert.Equal("K.departmentRowTotals", f.Rule);
        Assert.Contains("收入表「汇总」行收入合计 3179.61，但上年结转 + 公共财政拨款 + 政府性基金拨款 + 纳入专户管理的非税收入拨款 + 其他收入 = 3179.6", f.Message, StringComparison.Ordinal);
        Assert.Contains("四舍五入", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_RevenueTotalOffByOne_IsAnError()
    {
        var f = Assert.Single(Check(SummaryOnly(3180.60m)), f => f.Field.StartsWith("department", StringComparison.Ordinal));

        Assert.Equal((FindingSeverity.Error, "department.revenue.summary.total"), (f.Severity, f.Field));
        Assert.Contains("相差 1", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_BasicExpenditureNotPersonnelPlusPublic_IsAnErrorOnThatRow()
    {
        var report = SummaryOnly(3179.60m);
        report.Department!.Expenditure.Summary!.Public = 600m;

        var f = Assert.Single(Check(report), f => f.Field.StartsWith("department", StringComparison.Ordinal));

        Assert.Equal("department.expenditure.summary.basic", f.Field);
        Assert.Contains("基本支出 2200，但人员支出 + 公用支出 = 2300", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_FilledRowsThatDoNotAddUpToTheSummary_AreStillFlagged()
    {
        var report = SummaryOnly(3179.60m);
        report.Department!.Revenue.Rows[0] = new RevenueRow { Institution = "局机关", Total = 2000m, GeneralBudget = 2000m };
        report.Department.Revenue.Rows[1] = new RevenueRow { Institution = "二级机构1", Total = 1000m, GeneralBudget = 1000m };

        var findings = Check(report);

        Assert.Contains(findings, f => f.Field == "department.revenue.summary.total" && f.Severity == FindingSeverity.Error && f.Message.Contains("各行之和为 3000", StringComparison.Ordinal));
        Assert.DoesNotContain(findings, f => f.Field == "department.revenue.summary.carriedOver"); // no row states 上年结转
    }

    [Fact]
    public void Check_BlankBalanceWithArrivedAndSpent_IsAWarningAskingForTheFigure()
    {
        var report = new ReportDocument();
        report.Funding.Arrived = new FundingRow { County = 50, Total = 50 };
        report.Funding.Spent = new FundingRow { County = 48, Total = 48 };

        var f = Assert.Single(Check(report), f => f.Rule == "K.fundingBalance");

        Assert.Equal((FindingSeverity.Warning, "funding.balance.total"), (f.Severity, f.Field));
        Assert.Equal("结余未填写：实际到位 50 − 实际支出 48 = 2 万元，请填写结余 2 万元", f.Message);
    }

    [Fact]
    public void Check_SelfScoreOnARowWithoutPoints_WarnsInsteadOfComparingWithZero()
    {
        var report = TestFiles.Report(TestFiles.Changan);
        report.Indicators[0].Points = null;

        var findings = Check(report);

        var f = Assert.Single(findings, f => f.Field.StartsWith("indicators[0]", StringComparison.Ordinal));
        Assert.Equal((FindingSeverity.Warning, "indicators[0].points"), (f.Severity, f.Field));
    }

    [Fact]
    public void Check_RubricSelfScoreTable_SumsToTheStatedTotal()
    {
        var report = TestFiles.Report("rubric-b-department-2021.json");
        report.StatedTotalScore = 97;

        var f = Assert.Single(Check(report), f => f.Rule == "K.indicatorScoresTotal");

        Assert.Equal("综合得分填 97 分，但评分表各指标自评得分之和为 98 分，相差 1", f.Message);
    }
}
