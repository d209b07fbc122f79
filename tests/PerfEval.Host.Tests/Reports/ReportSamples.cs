using PerfEval.Rules.Model;

namespace PerfEval.Host.Tests.Reports;

/// <summary>Report documents for the tests.</summary>
public static class ReportSamples
{
    public static ReportDocument Project(string name = "测试项目") => new()
    {
        Basic = new BasicFacts { ProjectName = name, Year = 2025, UnitName = "示范市社会保险事业管理中心", EvaluationType = EvaluationType.Posterior },
        Funding = new FundingGrid
        {
            Planned = new FundingRow { City = 30, Total = 30 },
            Arrived = new FundingRow { City = 30, Total = 30 },
            Spent = new FundingRow { City = 28.5m, Total = 28.5m },
            Balance = new FundingRow { City = 1.5m, Total = 1.5m },
        },
        Expenditure = new ExpenditureTable
        {
            Unit = MoneyUnit.Yuan,
            Lines = [new ExpenditureLine { Content = "302商品和服务支出", Planned = 300_000, Actual = 285_000 }],
            StatedActualTotal = 285_000,
        },
        Indicators =
        [
            new IndicatorRow
            {
                Level1 = "产出指标", Level2 = "数量指标", Level3 = "服务人次", Comparator = Comparator.AtLeast,
                TargetText = "1000人次", TargetValue = 1000, Unit = "人次", ActualText = "1200人次", ActualValue = 1200, Points = 50, SelfScore = 50,
            },
        ],
        StatedTotalScore = 50,
        StatedGrade = "差",
    };

    /// <summary>
    /// A project report complete enough to be submitted: every required fact, and an indicator table scoring every
    /// category of rubric C (产出 / 效益 / 满意度; 预算执行率 from the funding grid) without an error finding.
    /// </summary>
    public static ReportDocument Submittable(string name = "测试项目")
    {
        var doc = Project(name);
        doc.Basic.PersonInCharge = "张敏";
        doc.Basic.Phone = "0731-84561234";
        doc.Goals = [new QualitativeGoal { Expected = "为参保群众提供线上服务 1000 人次", Actual = "完成 1200 人次" }];
        doc.Indicators[0].Points = 50;
        doc.Indicators.Add(new IndicatorRow
        {
            Level1 = "效益指标", Level2 = "社会效益指标", Level3 = "群众办事跑腿次数减少", Comparator = Comparator.AtLeast,
            TargetText = "≥30%", TargetValue = 30, Unit = "%", ActualText = "35%", ActualValue = 35, Points = 30, SelfScore = 30,
        });
        doc.Indicators.Add(new IndicatorRow
        {
            Level1 = "满意度指标", Level2 = "服务对象满意度指标", Level3 = "参保群众满意度", Comparator = Comparator.AtLeast,
            TargetText = "≥90%", TargetValue = 90, Unit = "%", ActualText = "95%", ActualValue = 95, Points = 10, SelfScore = 10,
        });
        doc.StatedTotalScore = 90;
        doc.StatedGrade = "优";
        return doc;
    }

    public static ReportDocument Department(string name = "示范市人力资源和社会保障局部门整体支出") => new()
    {
        Basic = new BasicFacts { ProjectName = name, Year = 2025, UnitName = "示范市人力资源和社会保障局" },
        Department = new DepartmentSection
        {
            Duties = "贯彻执行人力资源和社会保障法律法规。",
            Staffing = new InstitutionTable<StaffingRow>
            {
                Rows = [new StaffingRow { Institution = "局机关", ApprovedPosts = 40, ActualHeadcount = 38 }],
                Summary = new StaffingRow { Institution = "合计", ApprovedPosts = 40, ActualHeadcount = 38 },
            },
            Revenue = new InstitutionTable<RevenueRow>
            {
                Rows = [new RevenueRow { Institution = "局机关", Total = 1200, GeneralBudget = 1150, Other = 50 }],
                Summary = new RevenueRow { Institution = "合计", Total = 1200, GeneralBudget = 1150, Other = 50 },
            },
            ThreePublic = new InstitutionTable<ThreePublicRow>
            {
                Rows = [new ThreePublicRow { Institution = "局机关", Reception = 3.2m, VehicleOperation = 8.5m, Total = 11.7m }],
            },
        },
    };
}
