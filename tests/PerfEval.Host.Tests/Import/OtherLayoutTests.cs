using PerfEval.Host.Features.Import;
using PerfEval.Host.Features.Import.Source;
using PerfEval.Host.Tests.Import.Fixtures;
using PerfEval.Rules.Model;
using static PerfEval.Host.Tests.Import.Fixtures.ImportFixtures;

namespace PerfEval.Host.Tests.Import;

/// <summary>Forms of other provinces (not seen by the recogniser's author as seeds): every field of each, from .docx and from its pasted text.</summary>
public sealed class OtherLayoutTests
{
    private static ImportPreview National() => ImportBytes(OtherLayouts.NationalProjectForm(), "national.docx");

    private static ImportPreview Hunan() => ImportBytes(OtherLayouts.HunanDepartmentReport(), "hunan.docx");

    private static byte[] AsText(byte[] docx) => SourceTextWriter.Write(ImportFile.ReadDocx(docx));

    [Fact]
    public void Import_NationalProjectForm_ReadsEveryField()
    {
        var preview = National();

        Assert.Equal(ReportKind.Project, preview.Kind);
        Assert.Equal(Json(NationalExpected()), Json(preview.Content));
    }

    [Fact]
    public void Import_NationalProjectForm_NotesEveryJudgment()
    {
        var notes = National().Notes;

        Assert.Contains(notes, n => n.Field == "indicators[0].comparator" && n.Message.Contains("「≥」", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Field == "indicators[1].comparator" && n.Message.Contains("未写比较符号", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Field == "indicators[4].comparator" && n.Message.Contains("「不超过」", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Field == "indicators[6].points" && n.Message.Contains("合并", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Field == "indicators[7].points" && n.Message.Contains("合并", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Field == "indicators[10]" && n.Message.Contains("预算执行率", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Field == "funding.arrived" && n.Message.Contains("全年预算数", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Field == "funding.spent" && n.Message.Contains("全年执行数", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Field == "funding.planned" && n.Message.Contains("当年财政拨款", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Field == "basic.startDate" && n.Message.Contains("起至今", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Field == "basic.reportDate" && n.Message.Contains("只写到月份", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Field == "evaluators" && n.Message.Contains("未找到", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_StaffingWithAFraction_LeavesTheCountBlankAndSaysWhy()
    {
        var docx = new FormBuilder()
            .P("2021年度部门整体支出绩效自评报告")
            .P("（一）人员编制情况")
            .Table(3,
                [FormBuilder.C("单位名称"), FormBuilder.C("编制数"), FormBuilder.C("实有人数")],
                [FormBuilder.C("局机关"), FormBuilder.C("30"), FormBuilder.C("27.5")],
                [FormBuilder.C("合计"), FormBuilder.C("30"), FormBuilder.C("27.5")])
            .P("（二）收入支出情况（单位：万元）")
            .Table(3,
                [FormBuilder.C("单位名称"), FormBuilder.C("收入合计"), FormBuilder.C("一般公共预算拨款")],
                [FormBuilder.C("局机关"), FormBuilder.C("1800"), FormBuilder.C("1800")],
                [FormBuilder.C("合计"), FormBuilder.C("1800"), FormBuilder.C("1800")])
            .Build();

        var preview = ImportBytes(docx, "staffing.docx", ReportKind.Department);

        var staffing = preview.Content.Department!.Staffing;
        Assert.Equal(30, staffing.Rows.Single().ApprovedPosts);
        Assert.Null(staffing.Rows.Single().ActualHeadcount);
        Assert.Null(staffing.Summary!.ActualHeadcount);
        Assert.Contains(preview.Notes, n => n.Field == "department.staffing.rows[0].actualHeadcount" && n.Message.Contains("27.5", StringComparison.Ordinal));
        Assert.Contains(preview.Notes, n => n.Field == "department.staffing.summary.actualHeadcount" && n.Message.Contains("不是整数", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_HunanDepartmentReport_ReadsEveryField()
    {
        var preview = Hunan();

        Assert.Equal(ReportKind.Department, preview.Kind);
        Assert.Equal(Json(HunanExpected()), Json(preview.Content));
    }

    [Fact]
    public void Import_HunanDepartmentReport_NotesEveryJudgment()
    {
        var notes = Hunan().Notes;

        Assert.Contains(notes, n => n.Field == "indicators[4].points" && n.Message.Contains("合并", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Field == "department.fixedAssets" && n.Message.Contains("合计行", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Field == "department.expenditure.unit" && n.Message.Contains("万元", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Field == "basic.unitName" && n.Message.Contains("部门名称", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Field == "statedTotalScore" && n.Message.Contains("正文", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Field == "statedGrade" && n.Message.Contains("正文", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Field == "narrative.conclusion" && n.Message.Contains("四、部门整体支出绩效自评结论", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_OtherLayoutsAsPastedText_GiveTheSameAsDocx()
    {
        foreach (var (docx, fromDocx) in new[] { (OtherLayouts.NationalProjectForm(), National()), (OtherLayouts.HunanDepartmentReport(), Hunan()) })
        {
            var fromText = ImportBytes(AsText(docx), "pasted.txt");

            // Same report; only the note on a merged 分值 differs: text cannot show the merge, so there it is a blank read as one.
            Assert.Equal(fromDocx.Kind, fromText.Kind);
            Assert.Equal(Json(fromDocx.Content), Json(fromText.Content));
            Assert.Equal(fromDocx.Notes.Select(n => n.Field), fromText.Notes.Select(n => n.Field));
        }
    }

    [Fact]
    public void Import_HunanDepartmentReport_AsProjectWhenAsked_NotesTheKind()
    {
        var preview = ImportBytes(OtherLayouts.HunanDepartmentReport(), "hunan.docx", ReportKind.Project);

        Assert.Equal(ReportKind.Project, preview.Kind);
        Assert.Null(preview.Content.Department);
        Assert.Contains(preview.Notes, n => n.Field == "kind");
    }

    private static IndicatorRow Row(string l1, string l2, string l3, Comparator c, string? target, decimal? tv, string? unit, string? actual, decimal? av,
        decimal? points, decimal? self, string? reason = null, bool shares = false) => new()
    {
        Level1 = l1, Level2 = l2, Level3 = l3, Comparator = c, TargetText = target, TargetValue = tv, Unit = unit, ActualText = actual, ActualValue = av,
        Points = points, SelfScore = self, DeviationReason = reason, SharesPoints = shares,
    };

    private static ReportDocument NationalExpected() => new()
    {
        Basic = new BasicFacts
        {
            ProjectName = "城乡居民基本养老保险经办服务经费", UnitName = "示范县社会保险事业管理局", SupervisingDepartment = "示范县人力资源和社会保障局",
            ReportDate = FormDate.OfMonth(2022, 3), Year = 2021, PersonInCharge = "陈静", Phone = "0838-6212345",
            StartDate = FormDate.OfMonth(2020, 8).AsOpenEnded(),
        },
        Funding = new FundingGrid { Planned = new FundingRow { Total = 80 }, Arrived = new FundingRow { Total = 85 }, Spent = new FundingRow { Total = 83.3m } },
        Goals = [new QualitativeGoal { Expected = "保障全县12.6万参保居民按时足额领取基本养老金；\n推进经办服务下沉到村（社区）。", Actual = "全年按时足额发放养老金，惠及12.8万人；\n21个乡镇全部实现就近办理。" }],
        Indicators =
        [
            Row("产出指标", "数量指标", "参保居民人数", Comparator.AtLeast, "≥12.6万人", 12.6m, "万人", "12.8万人", 12.8m, 10, 10),
            Row("产出指标", "数量指标", "经办业务量", Comparator.AtLeast, "10338件", 10338, "件", "10512件", 10512, 10, 10),
            Row("产出指标", "质量指标", "养老金发放准确率", Comparator.AtLeast, "≥99%", 99, "%", "98.6%", 98.6m, 10, 9, "个别参保人银行账户变更未及时告知"),
            Row("产出指标", "时效指标", "养老金按时发放", Comparator.Qualitative, "按月发放", null, null, "按月发放", null, 10, 10),
            Row("产出指标", "成本指标", "项目总成本", Comparator.AtMost, "不超过870万", 870, "万", "833万", 833, 10, 10),
            Row("效益指标", "经济效益指标", "带动农村消费", Comparator.Qualitative, "有所增加", null, null, "有所增加", null, 15, 14, "个别乡镇消费带动不明显"),
            Row("效益指标", "社会效益指标", "老年居民基本生活保障", Comparator.Qualitative, "明显改善", null, null, "明显改善", null, null, null, shares: true),
            Row("效益指标", "生态效益指标", "无纸化经办", Comparator.Qualitative, "逐步推进", null, null, "已推进", null, null, null, shares: true),
            Row("效益指标", "可持续影响指标", "经办服务长效机制", Comparator.Qualitative, "建立", null, null, "已建立", null, 15, 15),
            Row("满意度指标", "服务对象满意度指标", "参保居民满意度", Comparator.AtLeast, "≥90%", 90, "%", "93%", 93, 10, 10),
            Row("预算执行率", "预算执行率", "预算执行率", Comparator.AtLeast, null, null, null, "98%", 98, 10, 9.8m),
        ],
        StatedTotalScore = 97.8m,
        StatedGrade = "优秀",
        Preparer = new PreparerInfo { Name = "王芳", Phone = "0838-6212001" },
    };

    private static ReportDocument HunanExpected() => new()
    {
        Basic = new BasicFacts
        {
            ProjectName = "示范市人力资源和社会保障局", UnitName = "示范市人力资源和社会保障局", EvaluationType = EvaluationType.Posterior,
            EvaluationMethod = "部门绩效自评", IssuingFinanceBureau = "示范市财政局", ReportDate = new DateOnly(2022, 3, 20), Year = 2021,
        },
        Indicators =
        [
            Row("产出指标", "职责履行", "社会保险扩面征缴", Comparator.AtLeast, "≥5000人", 5000, "人", "5350人", 5350, 5, 5),
            Row("产出指标", "职责履行", "待遇按时足额发放", Comparator.AtLeast, "100%", 100, "%", "100%", 100, 7, 7),
            Row("产出指标", "职责履行", "就业创业服务人次", Comparator.AtLeast, "1.2万人次", 1.2m, "万人次", "1.26万人次", 1.26m, 5, 5),
            Row("效益指标", "经济效益", "稳定就业", Comparator.Qualitative, "明显", null, null, "明显", null, 15, 15),
            Row("效益指标", "社会效益", "社会保障水平", Comparator.Qualitative, "提高", null, null, "提高", null, null, null, shares: true),
            Row("效益指标", "生态效益", "无纸化办公", Comparator.Qualitative, "推进", null, null, "推进", null, null, null, shares: true),
            Row("满意度指标", "服务对象满意度", "群众满意度", Comparator.AtLeast, "≥95%", 95, "%", "96%", 96, 5, 5),
        ],
        RubricSelfScores =
        [
            new() { Level1 = "投入", Level2 = "预算配置", Level3 = "财政供养人员控制率", Points = 5, SelfScore = 5 },
            new() { Level1 = "投入", Level2 = "预算配置", Level3 = "“三公经费”变动率", Points = 5, SelfScore = 5 },
            new() { Level1 = "投入", Level2 = "预算配置", Level3 = "重点支出安排率", Points = 5, SelfScore = 5 },
            new() { Level1 = "过程", Level2 = "预算管理", Level3 = "公务卡刷卡率", Points = 3, SelfScore = 2, Reason = "公务刷卡率未达50%" },
            new() { Level1 = "过程", Level2 = "资产管理", Level3 = "管理制度健全性", Points = 3, SelfScore = 2, Reason = "资产调拨不及时" },
            new() { Level1 = "产出", Level2 = "职责履行", Level3 = "年度工作目标完成率", Points = 25, SelfScore = 25 },
            new() { Level1 = "效果", Level2 = "履职效益", Level3 = "社会效益", Points = 5, SelfScore = 5 },
        ],
        StatedTotalScore = 98,
        StatedGrade = "优",
        Evaluators =
        [
            new() { Name = "张三", Title = "处长", Unit = "示范市人力资源和社会保障局规划财务处" },
            new() { Name = "李四", Title = "科员", Unit = "示范市人力资源和社会保障局规划财务处" },
        ],
        SignOffs = new SignOffs
        {
            EvaluationLeader = new SignOff { Signer = "张三" },
            Unit = new SignOff { Opinion = "同意自评结果。", Signer = "王五", Date = new DateOnly(2022, 3, 25) },
        },
        Preparer = new PreparerInfo { Name = "赵六", Phone = "0731-84561234" },
        Narrative = new Narrative
        {
            Conclusion = "经自评，本部门2021年度部门整体支出绩效综合得分98分，评价等次为优。",
            ExperienceProblemsSuggestions = "公务卡刷卡率未达50%；资产调拨不及时。\n推行公务卡结算，完善资产管理制度。",
        },
        Department = new DepartmentSection
        {
            Duties = "负责全市人力资源和社会保障事业发展规划、政策的组织实施，统筹城乡社会保障体系建设。",
            AnnualTasks = "1.社保扩面征缴；2.待遇按时足额发放；3.就业创业服务。",
            YearOverview = "2021年全市新增参保5350人，养老金按时足额发放率100%。",
            Staffing = new()
            {
                Rows = [new() { Institution = "局机关", ApprovedPosts = 30, ActualHeadcount = 27 }, new() { Institution = "社保中心", ApprovedPosts = 20, ActualHeadcount = 18 }],
                Summary = new() { Institution = "合计", ApprovedPosts = 50, ActualHeadcount = 45 },
            },
            Revenue = new()
            {
                Rows =
                [
                    new() { Institution = "局机关", Total = 1800, CarriedOver = 60, GeneralBudget = 1740 },
                    new() { Institution = "社保中心", Total = 1400, CarriedOver = 40, GeneralBudget = 1360 },
                ],
                Summary = new() { Institution = "合计", Total = 3200, CarriedOver = 100, GeneralBudget = 3100 },
            },
            Expenditure = new()
            {
                Rows =
                [
                    new() { Institution = "局机关", Total = 1800, Basic = 1200, Personnel = 900, Public = 300, Project = 600, AccumulatedBalance = 0 },
                    new() { Institution = "社保中心", Total = 1400, Basic = 800, Personnel = 600, Public = 200, Project = 600, AccumulatedBalance = 0 },
                ],
                Summary = new() { Institution = "合计", Total = 3200, Basic = 2000, Personnel = 1500, Public = 500, Project = 1200, AccumulatedBalance = 0 },
            },
            ThreePublic = new()
            {
                Unit = MoneyUnit.Yuan,
                Summary = new() { Institution = "汇总", Total = 100_000, Reception = 30_000, VehicleOperation = 70_000, VehiclePurchase = 0, OverseasTravel = 0, Budget = 120_000, LastYear = 120_000 },
            },
            FixedAssets = new() { Summary = new() { Institution = "合计", Total = 800, InUse = 780, Leased = 0, Other = 20 } },
        },
    };
}
