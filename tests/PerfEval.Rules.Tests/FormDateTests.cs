using System.Text.Json;
using PerfEval.Rules.Checks;
using PerfEval.Rules.Loading;
using PerfEval.Rules.Model;

namespace PerfEval.Rules.Tests;

/// <summary>Month-only and open-ended dates (2020年8月, 2020年8月起至今): text in JSON, full dates unchanged, checked only when certainly wrong.</summary>
public class FormDateTests
{
    [Theory]
    [InlineData("2021-01-01", 2021, 1, 1, false)]
    [InlineData("2020-08", 2020, 8, null, false)]
    [InlineData("2020-08..", 2020, 8, null, true)]
    [InlineData("2020-08-15..", 2020, 8, 15, true)]
    [InlineData("2024-2-29", 2024, 2, 29, false)]
    public void Parse_FormsOfDate_ReadAndWriteBack(string text, int year, int month, int? day, bool open)
    {
        var date = FormDate.Parse(text);

        Assert.Equal((year, month, day, open), (date.Year, date.Month, date.Day, date.OpenEnded));
        Assert.Equal(FormDate.Parse(date.ToString()), date);
    }

    [Theory]
    [InlineData("2021-02-29")]
    [InlineData("2020-13")]
    [InlineData("20-01-01")]
    [InlineData("2020")]
    [InlineData("")]
    public void TryParse_NotADate_IsRefused(string text)
    {
        Assert.False(FormDate.TryParse(text, out _));
    }

    [Fact]
    public void Json_FullDateWrittenBefore_ReadsAndWritesUnchanged()
    {
        var facts = JsonSerializer.Deserialize<BasicFacts>("""{"reportDate":"2018-03-15","startDate":"2020-08..","endDate":null}""", RulesJson.Options)!;

        Assert.Equal(new DateOnly(2018, 3, 15), facts.ReportDate!.Value.AsDateOnly);
        Assert.True(facts.StartDate!.Value.OpenEnded);
        var json = JsonSerializer.Serialize(facts, RulesJson.Options);
        Assert.Contains("\"reportDate\":\"2018-03-15\"", json, StringComparison.Ordinal);
        Assert.Contains("\"startDate\":\"2020-08..\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_ImpossibleDate_IsAJsonError()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<BasicFacts>("""{"reportDate":"2021-02-30"}""", RulesJson.Options));
    }

    [Fact]
    public void ImplicitFromDateOnly_IsACalendarDay()
    {
        FormDate date = new DateOnly(2021, 10, 26);

        Assert.True(date.IsDay);
        Assert.Equal(new DateOnly(2021, 10, 26), date.First);
        Assert.Equal(date.First, date.Last);
    }

    [Fact]
    public void IsSurelyAfter_MonthAgainstADayOfIt_IsNot()
    {
        var august = FormDate.OfMonth(2020, 8);

        Assert.False(august.IsSurelyAfter(new DateOnly(2020, 8, 15)));
        Assert.False(((FormDate)new DateOnly(2020, 8, 15)).IsSurelyAfter(august));
        Assert.True(FormDate.OfMonth(2020, 9).IsSurelyAfter(new DateOnly(2020, 8, 31)));
    }

    [Fact]
    public void Constructor_ImpossibleDay_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new FormDate(2021, 2, 29));
        Assert.Throws<ArgumentOutOfRangeException>(() => new FormDate(2021, 0));
    }

    [Theory]
    [InlineData("2020-08", "2020-08-15", false)]
    [InlineData("2020-09", "2020-08-31", true)]
    [InlineData("2020-01-01", "2020-12", false)]
    public void DatesCheck_MonthOnlyDates_FlagOnlyCertainDisorder(string start, string end, bool flagged)
    {
        var report = new ReportDocument { Basic = { StartDate = FormDate.Parse(start), EndDate = FormDate.Parse(end) } };

        var findings = ConsistencyChecker.Check(TestFiles.RuleSet(RuleSetDirectory.Checks), report);

        Assert.Equal(flagged, findings.Any(f => f.Field == "basic.endDate" && f.Severity == FindingSeverity.Error));
    }

    [Fact]
    public void DatesCheck_OpenEndedStartWithAnEnd_Warns()
    {
        var report = new ReportDocument { Basic = { StartDate = FormDate.Parse("2020-08.."), EndDate = FormDate.Parse("2021-12-31") } };

        var findings = ConsistencyChecker.Check(TestFiles.RuleSet(RuleSetDirectory.Checks), report);

        Assert.Contains(findings, f => f.Field == "basic.endDate" && f.Severity == FindingSeverity.Warning && f.Message.Contains("起至今", StringComparison.Ordinal));
    }
}
