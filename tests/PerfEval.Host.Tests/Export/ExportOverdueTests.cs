using Microsoft.Extensions.Time.Testing;
using PerfEval.Host.Domain;
using Microsoft.Extensions.Options;
using PerfEval.Host.Features.Export;
using PerfEval.Host.Infrastructure;

namespace PerfEval.Host.Tests.Export;

public sealed class ExportOverdueTests
{
    private static Report Draft(DateOnly deadline, string stage = ReportStages.Draft) => new()
    {
        Stage = stage,
        Round = new EvaluationRound { Name = "2025年度项目支出绩效自评", Deadline = deadline },
    };

    [Fact]
    public void Today_LateEveningUtc_IsNextDayInBureauCalendar()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 17, 0, 0, TimeSpan.Zero));

        var today = new BureauCalendar(Options.Create(new BureauOptions()), clock).Today;

        Assert.Equal(new DateOnly(2026, 11, 24), today);
    }

    [Theory]
    [InlineData(ReportStages.Draft, 5)]
    [InlineData(ReportStages.FinanceReview, 5)]
    [InlineData(ReportStages.Accepted, 0)]
    public void OverdueDays_FiveDaysPastDeadline_CountsUnlessAccepted(string stage, int expected)
    {
        var report = Draft(new DateOnly(2026, 11, 18), stage);

        Assert.Equal(expected, ExportReportsXlsxHandler.OverdueDays(report, new DateOnly(2026, 11, 23)));
    }

    [Fact]
    public void OverdueDays_BeforeDeadline_IsZero()
    {
        Assert.Equal(0, ExportReportsXlsxHandler.OverdueDays(Draft(new DateOnly(2026, 12, 1)), new DateOnly(2026, 11, 23)));
    }

    [Fact]
    public void OverdueDays_ReportWithoutRound_IsZero()
    {
        Assert.Equal(0, ExportReportsXlsxHandler.OverdueDays(new Report { Stage = ReportStages.Draft }, new DateOnly(2026, 11, 23)));
    }
}
