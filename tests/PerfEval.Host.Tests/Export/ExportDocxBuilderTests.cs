using DocumentFormat.OpenXml.Validation;
using PerfEval.Host.Features.Export.Word;
using PerfEval.Rules.Model;
using static PerfEval.Host.Tests.Export.ExportTestHelpers;

namespace PerfEval.Host.Tests.Export;

/// <summary>Parts the seed reports leave empty: recorded sign-offs, a department report's tables, 元 amounts.</summary>
public sealed class ExportDocxBuilderTests
{
    private static ReportDocument DepartmentReport() => new()
    {
        Basic = new BasicFacts
        {
            ProjectName = "示范市人力资源和社会保障局", UnitName = "示范市人力资源和社会保障局", Year = 2025,
            EvaluationType = EvaluationType.Interim, IssuingFinanceBureau = "示范市财政局",
        },
        Expenditure = new ExpenditureTable
        {
            Unit = MoneyUnit.Yuan,
            Lines = [new ExpenditureLine { Content = "302商品和服务支出", Planned = 1_730_000m, Actual = 1_729_999.5m }],
            StatedActualTotal = 1_729_999.5m,
        },
        StatedTotalScore = 87.5m,
        StatedGrade = "良",
        SignOffs = new SignOffs
        {
            Unit = new SignOff { Opinion = "同意上报。", Signer = "李主任", Date = new DateOnly(2026, 11, 20) },
            Finance = new SignOff { Opinion = "复核通过。", Signer = "赵审核", Date = new DateOnly(2026, 11, 22) },
        },
        Department = new DepartmentSection
        {
            Duties = "负责全市人力资源和社会保障工作。",
            Staffing = new InstitutionTable<StaffingRow>
            {
                Rows = [new StaffingRow { Institution = "局机关", ApprovedPosts = 40, ActualHeadcount = 42 }, new StaffingRow { Institution = "社保中心", ApprovedPosts = 30, ActualHeadcount = 28 }],
                Summary = new StaffingRow { Institution = "合计", ApprovedPosts = 70, ActualHeadcount = 70 },
            },
            ThreePublic = new InstitutionTable<ThreePublicRow>
            {
                Rows = [new ThreePublicRow { Institution = "局机关", Total = 12.5m, Reception = 2.5m, VehicleOperation = 10m }],
                Summary = new ThreePublicRow { Institution = "合计", Total = 12.5m, Reception = 2.5m, VehicleOperation = 10m },
            },
        },
    };

    [Fact]
    public void Build_RecordedSignOffs_ShowOpinionSignerAndDate()
    {
        using var doc = OpenDocx(ReportDocxBuilder.Build(DepartmentReport(), ReportKind.Department));

        var text = Body(doc).InnerText;
        Assert.Contains("同意上报。", text, StringComparison.Ordinal);
        Assert.Contains("部门负责人（签字）：李主任", text, StringComparison.Ordinal);
        Assert.Contains("2026年11月20日", text, StringComparison.Ordinal);
        Assert.Contains("复核通过。", text, StringComparison.Ordinal);
        Assert.Contains("财政部门负责人（签字）：赵审核", text, StringComparison.Ordinal);
        Assert.DoesNotContain("主管部门意见", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_DepartmentReport_HasInstitutionTablesWithSummaryRows()
    {
        using var doc = OpenDocx(ReportDocxBuilder.Build(DepartmentReport(), ReportKind.Department));

        var text = Body(doc).InnerText;
        Assert.Contains("示范市部门整体支出绩效评价自评报告", text, StringComparison.Ordinal);
        Assert.Contains("事中评价☑", text, StringComparison.Ordinal);
        Assert.Contains("（三）年度总体运行情况及取得的成绩", text, StringComparison.Ordinal);
        Assert.Contains("（四）人员编制情况（单位：人）", text, StringComparison.Ordinal);
        Assert.Equal(["局机关", "40", "42"], RowStartingWith(doc, "局机关"));
        Assert.Equal(["合计", "70", "70"], RowStartingWith(doc, "合计"));
        Assert.Equal(["局机关", "12.5", "2.5", "10", "", "", "", ""], RowContaining(doc, "12.5"));
        Assert.Empty(new OpenXmlValidator().Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}"));
    }

    [Fact]
    public void Build_ExpenditureInYuan_ShowsUnitAndAmountsWithoutTrailingZeros()
    {
        using var doc = OpenDocx(ReportDocxBuilder.Build(DepartmentReport(), ReportKind.Department));

        Assert.Equal(["302商品和服务支出", "1730000", "1729999.5", "", ""], RowStartingWith(doc, "302商品和服务支出"));
        Assert.Contains("实际支出数（元）", RowStartingWith(doc, "支出内容（按经济科目）"));
        Assert.Equal(["绩效自评综合得分", "87.5"], RowStartingWith(doc, "绩效自评综合得分"));
    }

    [Fact]
    public void Build_NullContent_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => ReportDocxBuilder.Build(null!, ReportKind.Project));
    }
}
