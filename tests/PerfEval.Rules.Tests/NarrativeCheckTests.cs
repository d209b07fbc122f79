using PerfEval.Rules.Checks;
using PerfEval.Rules.Model;

namespace PerfEval.Rules.Tests;

/// <summary>The narrative read against the calendar and the tables: warnings quoting the sentence and naming the field.</summary>
public class NarrativeCheckTests
{
    private static IReadOnlyList<Finding> Narrative(ReportDocument report) =>
        [.. ConsistencyChecker.Check(TestFiles.RuleSet("checks-consistency"), report).Where(f => f.Rule is "K.narrativeDates" or "K.narrativeAmounts")];

    [Theory]
    [InlineData("项目于2020年9月31日完成验收。", "2020年9月31日", "2020 年 9 月只有 30 天")]
    [InlineData("二〇二一年二月二十九日拨付到位。", "二〇二一年二月二十九日", "2021 年 2 月只有 28 天")]
    [InlineData("2020年13月开展培训。", "2020年13月", "没有 13 月")]
    public void Check_DateThatDoesNotExist_IsAWarningQuotingTheSentence(string text, string date, string why)
    {
        var f = Assert.Single(Narrative(new ReportDocument { Narrative = new() { Implementation = "按计划组织实施。" + text } }));

        Assert.Equal((FindingSeverity.Warning, "narrative.implementation"), (f.Severity, f.Field));
        Assert.Equal($"「组织实施情况」中的日期「{date}」不存在（{why}）：「{text.TrimEnd('。')}」", f.Message);
    }

    [Theory]
    [InlineData("2020年2月29日")]
    [InlineData("2020年8月")]
    [InlineData("2019年5月拨付到账")]
    public void Check_RealDates_AreNotFlagged(string text)
    {
        Assert.Empty(Narrative(new ReportDocument { Narrative = new() { Overview = text } }));
    }

    [Fact]
    public void Check_DepartmentNarrativeAmountInTheWrongUnit_IsAWarningNamingFieldAndTable()
    {
        var report = new ReportDocument { Department = new DepartmentSection() };
        report.Department.Expenditure.Summary = new DepartmentExpenditureRow { Institution = "合计", Total = 3179.61m };
        report.Narrative.FundsUseAndManagement = "本年度支出合计3179.1元，其中基本支出由财政保障。";

        var f = Assert.Single(Narrative(report));

        Assert.Equal((FindingSeverity.Warning, "narrative.fundsUseAndManagement"), (f.Severity, f.Field));
        Assert.Equal("「资金使用及管理情况」中「本年度支出合计3179.1元，其中基本支出由财政保障」写的 3179.1元 与部门支出表支出合计 3179.61 万元不符", f.Message);
    }

    [Theory]
    [InlineData("支出合计3179.61万元。")]
    [InlineData("支出合计为 3,179.61 万元。")]
    [InlineData("支出合计约3180万元。")]
    [InlineData("支出合计31796100元。")]
    public void Check_AmountsThatAgreeWithTheTable_AreNotFlagged(string text)
    {
        var report = new ReportDocument { Department = new DepartmentSection() };
        report.Department.Expenditure.Summary = new DepartmentExpenditureRow { Institution = "合计", Total = 3179.61m };
        report.Narrative.Conclusion = text;

        Assert.Empty(Narrative(report));
    }

    [Fact]
    public void Check_ProjectNarrativeSpendingThatContradictsTheGrid_IsFlagged()
    {
        var report = TestFiles.Report(TestFiles.Changan);
        report.Narrative.FundsUseAndManagement = "项目计划安排资金50万元，实际支出48万元。";

        var f = Assert.Single(Narrative(report));

        Assert.Contains("写的 48万元 与资金表实际支出 50 万元不符", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Seeds_HaveNoNarrativeFindings()
    {
        foreach (var seed in new[] { TestFiles.Changan, TestFiles.Hechi, TestFiles.Yueyanglou })
        {
            Assert.Empty(Narrative(TestFiles.Report(seed)));
        }
    }
}
