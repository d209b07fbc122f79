using PerfEval.Rules.Checks;
using PerfEval.Rules.Model;

namespace PerfEval.Rules.Tests;

public class ConsistencyCheckTests
{
    private static IReadOnlyList<Finding> Check(ReportDocument report) => ConsistencyChecker.Check(TestFiles.RuleSet("checks-consistency"), report);

    [Fact]
    public void Check_HechiSeed_FlagsTheGrade100()
    {
        var findings = Check(TestFiles.Report(TestFiles.Hechi));

        var f = Assert.Single(findings, x => x.Field == "statedGrade");
        Assert.Equal(FindingSeverity.Error, f.Severity);
        Assert.Contains("评价等次「100」不是有效等次", f.Message, StringComparison.Ordinal);
        Assert.Equal("K.statedGrade", f.Rule);
    }

    [Fact]
    public void Check_ChanganSeed_HasNoErrors()
    {
        var findings = Check(TestFiles.Report(TestFiles.Changan));

        Assert.DoesNotContain(findings, f => f.Severity == FindingSeverity.Error);
    }

    [Fact]
    public void Check_YueyanglouSeed_FlagsMissingDeviationReasons()
    {
        var findings = Check(TestFiles.Report(TestFiles.Yueyanglou));

        Assert.Equal(6, findings.Count(f => f.Rule == "K.deviationReason"));
        Assert.Contains(findings, f => f.Field == "indicators[0].deviationReason" && f.Message.Contains("自评得分 9 低于分值 10", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_BrokenSample_FlagsFundingAndExpenditureWithTheNumbers()
    {
        var findings = Check(TestFiles.Report("broken-funding-and-expenditure.json"));

        Assert.Contains(findings, f => f.Field == "funding.arrived.total" && f.Severity == FindingSeverity.Error && f.Message.Contains("合计 50 万元，但各来源之和为 55 万元", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Field == "funding.balance.total" && f.Message.Contains("实际到位 50 − 实际支出 50 = 0 万元", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Field == "expenditure.statedActualTotal" && f.Message.Contains("各行实际支出之和为 48 万元", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_ExpenditureInYuan_IsConvertedToWanYuan()
    {
        var findings = Check(TestFiles.Report("rubric-a-project-2021.json"));

        Assert.DoesNotContain(findings, f => f.Rule == "K.expenditureTotal");
    }

    [Fact]
    public void Check_YuanWrittenAsWanYuan_IsFlagged()
    {
        var report = TestFiles.Report("rubric-a-project-2021.json");
        report.Expenditure.Unit = MoneyUnit.WanYuan;
        report.Expenditure.StatedActualTotal = null;

        var findings = Check(report);

        Assert.Contains(findings, f => f.Field == "expenditure.lines" && f.Message.Contains("疑似把元当作万元填写", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_RoundingDifference_IsAWarning()
    {
        var report = TestFiles.Report(TestFiles.Changan);
        report.Funding.Planned.Total = 50.004m;

        var f = Assert.Single(Check(report), x => x.Rule == "K.fundingRowSums");

        Assert.Equal(FindingSeverity.Warning, f.Severity);
        Assert.Equal("funding.planned.total", f.Field);
        Assert.Contains("四舍五入", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ScoresThatDoNotAddUp_AreFlagged()
    {
        var report = TestFiles.Report(TestFiles.Changan);
        report.StatedTotalScore = 96;
        report.Indicators[0].SelfScore = 12;

        var findings = Check(report);

        Assert.Contains(findings, f => f.Field == "statedTotalScore" && f.Message.Contains("综合得分填 96 分，但各指标自评得分之和为 100 分", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Field == "indicators[0].selfScore" && f.Message.Contains("自评得分 12 超出分值范围 0–10", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("优秀", 98, false)]
    [InlineData("良", 98, true)]
    [InlineData("优", 89.99, true)]
    public void Check_StatedGrade_MustMatchTheBand(string grade, double total, bool flagged)
    {
        var report = new ReportDocument { StatedGrade = grade, StatedTotalScore = (decimal)total };

        var findings = Check(report);

        Assert.Equal(flagged, findings.Any(f => f.Field == "statedGrade"));
    }

    [Fact]
    public void Check_DatesPhoneAndPostcode_AreValidated()
    {
        var report = new ReportDocument();
        report.Basic.StartDate = new DateOnly(2020, 12, 31);
        report.Basic.EndDate = new DateOnly(2020, 1, 1);
        report.Basic.Phone = "0778-21";
        report.Basic.Postcode = "54700";

        var findings = Check(report);

        Assert.Contains(findings, f => f.Field == "basic.endDate");
        Assert.Contains(findings, f => f.Field == "basic.phone");
        Assert.Contains(findings, f => f.Field == "basic.postcode" && f.Message.Contains("54700", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_DepartmentSummaryRow_MustEqualTheSumOfRows()
    {
        var report = TestFiles.Report("rubric-b-department-2021.json");
        report.Department!.ThreePublic.Summary!.Reception = 4;

        var findings = Check(report);

        var f = Assert.Single(findings, x => x.Rule == "K.departmentSummaries");
        Assert.Equal("department.threePublic.summary.reception", f.Field);
        Assert.Contains("合计行「公务接待费」为 4，但各行之和为 3", f.Message, StringComparison.Ordinal);
        // The same cell also breaks the 合计 row's own total (10 ≠ 4 + 7 + 0 + 0).
        Assert.Contains(findings, x => x.Rule == "K.departmentRowTotals" && x.Field == "department.threePublic.summary.total" && x.Severity == FindingSeverity.Error);
    }

    [Fact]
    public void Check_ScoringRuleSet_Throws()
    {
        Assert.Throws<ArgumentException>(() => ConsistencyChecker.Check(TestFiles.RuleSet("rubric-a-project"), new ReportDocument()));
    }
}
