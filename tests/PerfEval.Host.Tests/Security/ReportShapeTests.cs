using PerfEval.Host.Features.Reports;
using PerfEval.Host.Tests.Reports;
using PerfEval.Rules.Model;

namespace PerfEval.Host.Tests.Security;

/// <summary>The document contract follows the model's own nullability: blank cells may be null, tables and rows may not.</summary>
public sealed class ReportShapeTests
{
    [Fact]
    public void Problems_SampleWithBlankCellsAndNoDepartment_IsEmpty()
    {
        var report = ReportSamples.Project("空白单元格");
        report.Funding.Planned = new FundingRow();
        report.Indicators[0].SelfScore = null;
        report.StatedGrade = null;

        Assert.Empty(ReportShape.Problems(report));
    }

    [Fact]
    public void Problems_NullableRowMember_IsAcceptedBlank()
    {
        // As IndicatorRow.Points once it is decimal? (blank is not zero): a nullable member may be null.
        Assert.Empty(ReportShape.Problems(new RowWithBlankPoints { Points = null }));
    }

    [Fact]
    public void Problems_NonNullableMembers_AreNamedByJsonPath()
    {
        var report = ReportSamples.Project("空值");
        report.Goals = null!;
        report.Indicators[0].Level3 = null!;
        report.Evaluators.Add(null!);

        var paths = ReportShape.Problems(report).Select(p => p.Path).ToList();

        Assert.Equal(["goals", "indicators[0].level3", "evaluators[0]"], paths);
    }

    internal sealed class RowWithBlankPoints
    {
        public decimal? Points { get; set; }

        public List<string> Items { get; set; } = [];
    }
}
