using PerfEval.Rules.Engine;
using PerfEval.Rules.Model;

namespace PerfEval.Rules.Tests;

/// <summary>Blank is not zero: what the shipped rubrics do with reports that leave their data blank.</summary>
public class NotAssessableTests
{
    private static ScoreResult Score(string rubric, ReportDocument report, ReportKind? kind = null) =>
        FastScorer.Score(TestFiles.RuleSet(rubric), report, new ScoreOptions { ReportKind = kind });

    [Fact]
    public void Score_EmptyDepartmentReportUnderRubricB_ScoresNothingAndNamesWhatIsMissing()
    {
        var result = Score("rubric-b-department", new ReportDocument { Department = new DepartmentSection() }, ReportKind.Department);

        Assert.Equal(0m, result.Total);
        Assert.Equal("差", result.Grade);
        Assert.All(result.Indicators, i => Assert.Equal(0m, i.Score));
        Assert.All(result.Indicators, i => Assert.Equal(IndicatorStatus.NotAssessable, i.Status));
        Assert.Contains(result.Findings, f => f.Severity == FindingSeverity.Error && f.Field == "department.staffing.summary.actualHeadcount"
            && f.Message == "「财政供养人员控制率」缺少人员编制表的实有人数，无法评分");
    }

    [Fact]
    public void Score_DepartmentWithBlankStaffingAndThreePublic_ThoseIndicatorsAreZeroWithErrors()
    {
        var report = TestFiles.Report("rubric-b-department-2021.json");
        report.Department!.Staffing = new InstitutionTable<StaffingRow> { Rows = [new StaffingRow { Institution = "局机关" }], Summary = new StaffingRow { Institution = "合计" } };
        report.Department.ThreePublic = new InstitutionTable<ThreePublicRow> { Rows = [new ThreePublicRow { Institution = "局机关" }] };

        var result = Score("rubric-b-department", report, ReportKind.Department);

        var blank = result.Indicators.Where(i => i.Status == IndicatorStatus.NotAssessable).Select(i => (i.Key, i.Score)).ToList();
        Assert.Equal([("B.1.1.1", 0m), ("B.1.1.2", 0m), ("B.2.1.4", 0m)], blank);
        Assert.Equal(98m - 5 - 5 - 6, result.Total);
        Assert.Contains("缺少\"三公\"经费表的本年合计、\"三公\"经费表的上年实际数，无法评分", result.Indicators.Single(i => i.Key == "B.1.1.2").Explanation, StringComparison.Ordinal);
        Assert.Contains(result.Findings, f => f.Rule == "B.2.1.4" && f.Field == "department.threePublic.summary.budget" && f.Severity == FindingSeverity.Error);
    }

    [Fact]
    public void Score_EmptyProjectDraftUnderRubricA_NoIndicatorEarnsAPoint()
    {
        var result = Score("rubric-a-project", new ReportDocument(), ReportKind.Project);

        Assert.Equal(0m, result.Total);
        Assert.All(result.Indicators, i => Assert.Equal((0m, IndicatorStatus.NotAssessable), (i.Score, i.Status)));
        Assert.Equal(result.Indicators.Count, result.Findings.Where(f => f.Severity == FindingSeverity.Error).Select(f => f.Rule).Distinct().Count());
        var use = result.Indicators.Single(i => i.Key == "A.2.2.1");
        Assert.Equal("资金使用 缺少评审情况（逐项填写扣分，或确认“未发现扣分情形”），无法评分，得 0/7 分", use.Explanation);
        Assert.Contains("缺少实际成本、目标成本，无法评分", result.Indicators.Single(i => i.Key == "A.3.1.4").Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_SatisfactionAnswerWithoutValue_IsAnErrorNamingTheValue()
    {
        var report = TestFiles.Report("rubric-a-project-2021.json");
        report.Assessments.Single(a => a.Key == "A.3.2.5").Actual = null;

        var result = Score("rubric-a-project", report, ReportKind.Project);

        var r = result.Indicators.Single(i => i.Key == "A.3.2.5");
        Assert.Equal((0m, IndicatorStatus.NotAssessable), (r.Score, r.Status));
        var f = Assert.Single(result.Findings, f => f.Rule == "A.3.2.5");
        Assert.Equal((FindingSeverity.Error, "「服务对象满意度」缺少服务对象满意率，无法评分"), (f.Severity, f.Message));
        Assert.EndsWith(".actual", f.Field, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_RatioWithTargetZero_IsNotAssessableRatherThanAFullOrEmptyScore()
    {
        var report = TestFiles.Report("rubric-a-project-2021.json");
        var answer = report.Assessments.Single(a => a.Key == "A.3.1.1");
        (answer.Actual, answer.Target) = (0, 0);

        var r = Score("rubric-a-project", report, ReportKind.Project).Indicators.Single(i => i.Key == "A.3.1.1");

        Assert.Equal(IndicatorStatus.NotAssessable, r.Status);
        Assert.Equal("产出数量 缺少大于 0 的预定目标数（当前为 0，无法计算比率），无法评分，得 0/5 分", r.Explanation);
    }

    [Theory]
    [InlineData(null, IndicatorStatus.NotAssessable, 0)]
    [InlineData(0, IndicatorStatus.Scored, 3)]
    [InlineData(2, IndicatorStatus.Scored, 1)]
    public void Score_CountOfViolations_BlankIsNotNone(int? count, IndicatorStatus status, int score)
    {
        var report = TestFiles.Report("rubric-b-department-2021.json");
        report.Assessments.Single(a => a.Key == "B.2.2.2").Count = count;

        var r = Score("rubric-b-department", report, ReportKind.Department).Indicators.Single(i => i.Key == "B.2.2.2");

        Assert.Equal((status, (decimal)score), (r.Status, r.Score));
    }

    [Fact]
    public void Score_JudgedDeductionsWithoutConfirmation_IsNotAssessableAndWithItIsFull()
    {
        var report = TestFiles.Report("rubric-a-project-2021.json");
        var answer = report.Assessments.Single(a => a.Key == "A.2.2.1");
        answer.NoDeductions = false;
        var unanswered = Score("rubric-a-project", report, ReportKind.Project).Indicators.Single(i => i.Key == "A.2.2.1");
        answer.NoDeductions = true;
        var confirmed = Score("rubric-a-project", report, ReportKind.Project).Indicators.Single(i => i.Key == "A.2.2.1");

        Assert.Equal((0m, IndicatorStatus.NotAssessable), (unanswered.Score, unanswered.Status));
        Assert.Equal((7m, IndicatorStatus.Scored), (confirmed.Score, confirmed.Status));
    }

    [Fact]
    public void Score_ChecklistWithNothingTicked_NeedsAReasonToBeAnAnswer()
    {
        var report = TestFiles.Report("rubric-a-project-2021.json");
        var answer = report.Assessments.Single(a => a.Key == "A.2.3.1");
        answer.Checked.Clear();
        var blank = Score("rubric-a-project", report, ReportKind.Project).Indicators.Single(i => i.Key == "A.2.3.1");
        answer.Reason = "未设立专门机构";
        var answered = Score("rubric-a-project", report, ReportKind.Project).Indicators.Single(i => i.Key == "A.2.3.1");

        Assert.Equal(IndicatorStatus.NotAssessable, blank.Status);
        Assert.Equal((0m, IndicatorStatus.Scored), (answered.Score, answered.Status));
        Assert.Contains("未满足：机构健全、分工明确（1 分）", answered.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_BlankArrivedFunding_ToWhichTheRatioLooks_IsNotAssessable()
    {
        var report = TestFiles.Report("rubric-a-project-2021.json");
        report.Funding.Arrived = new FundingRow();

        var result = Score("rubric-a-project", report, ReportKind.Project);

        var f = Assert.Single(result.Findings, f => f.Rule == "A.2.1.1");
        Assert.Equal(("funding.arrived.total", "「到位率」缺少资金表的实际到位资金，无法评分"), (f.Field, f.Message));
    }

    [Fact]
    public void Score_RubricCRowWithoutPoints_IsNotWeightedAndBlocks()
    {
        var report = TestFiles.Report(TestFiles.Changan);
        report.Indicators[0].Points = null;

        var result = Score("rubric-c-self-evaluation", report, ReportKind.Project);

        var row = result.Indicators.Single(i => i.Key == "C.1.1#0");
        Assert.Equal((0m, IndicatorStatus.NotAssessable), (row.Score, row.Status));
        Assert.Contains(result.Findings, f => f.Field == "indicators[0]" && f.Severity == FindingSeverity.Error && f.Message.Contains("未填写分值", StringComparison.Ordinal));
    }

    [Fact]
    public void Score_RubricCWithoutRowsOfACategory_IsAnErrorNotAWarning()
    {
        var result = Score("rubric-c-self-evaluation", TestFiles.Report(TestFiles.Hechi), ReportKind.Project);

        Assert.Equal(3, result.Findings.Count(f => f.Field == "indicators" && f.Severity == FindingSeverity.Error));
        Assert.Equal(10m, result.Total);
    }

    [Fact]
    public void Score_RubricOfTheOtherKind_IsRefusedWithAClearMessage()
    {
        var e = Assert.Throws<ArgumentException>(() => Score("rubric-a-project", TestFiles.Report("rubric-b-department-2021.json"), ReportKind.Department));

        Assert.StartsWith("规则集 rubric-a-project（项目支出绩效评价指标体系）只适用于项目支出报告，不能为部门整体支出报告评分", e.Message, StringComparison.Ordinal);
    }
}
