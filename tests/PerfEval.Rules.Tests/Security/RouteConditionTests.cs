using PerfEval.Rules.Engine;
using PerfEval.Rules.Model;
using PerfEval.Rules.Routing;
using PerfEval.Tests.Shared;

namespace PerfEval.Rules.Tests.Security;

/// <summary>Workflow route conditions: the rubric limits, whitelist and dry run apply; the vocabulary of report facts works.</summary>
public sealed class RouteConditionTests
{
    private static RouteInput Input(decimal? planned, string org = "UNIT-SI", decimal? score = null) =>
        new(new ReportDocument { Funding = new FundingGrid { Planned = new FundingRow { Total = planned } } })
        {
            Kind = "project", OrgCode = org, OrgLevel = "unit", Score = score, Year = 2024,
        };

    public static TheoryData<string> Hostile() => [.. HostileExpressions.All.Select(e => e.Expression)];

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Check_HostileCorpus_Refused(string expression) => Assert.NotEmpty(RouteConditions.Check(expression));

    [Theory]
    [InlineData("input.PlannedTotal >= 500m")]
    [InlineData("input.Report.Funding.Planned.Total >= 500m")]
    [InlineData("input.Score < 80m")]
    [InlineData("input.OrgCode == \"UNIT-SI\" || input.OrgCode == \"UNIT-IT\"")]
    [InlineData("input.Kind == \"project\" && input.OrgLevel == \"unit\"")]
    [InlineData("input.RoundName != null && input.Year >= 2024")]
    public void Check_Vocabulary_Accepted(string expression) => Assert.Empty(RouteConditions.Check(expression));

    [Theory]
    [InlineData("input.PlannedTotal")]
    [InlineData("input.PlannedTotal >=")]
    [InlineData("")]
    public void Check_NotABooleanOrNotAnExpression_Refused(string expression) => Assert.NotEmpty(RouteConditions.Check(expression));

    [Fact]
    public void Check_TooLong_RefusedBeforeParsing()
    {
        var expression = string.Join(" || ", Enumerable.Repeat("input.PlannedTotal >= 500m", 200));

        Assert.Contains(RouteConditions.Check(expression), p => p.Contains("过长", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(600.0, true)]
    [InlineData(500.0, true)]
    [InlineData(499.99, false)]
    [InlineData(null, false)]
    public void Holds_AmountThreshold_BlankNeverHolds(double? planned, bool expected)
        => Assert.Equal(expected, RouteConditions.Holds("input.PlannedTotal >= 500m", Input((decimal?)planned)));

    [Fact]
    public void Holds_OrgList_AndBlankScore()
    {
        Assert.True(RouteConditions.Holds("input.OrgCode == \"UNIT-GS\" || input.OrgCode == \"UNIT-SI\"", Input(1, "UNIT-SI")));
        Assert.False(RouteConditions.Holds("input.OrgCode == \"UNIT-GS\"", Input(1, "UNIT-SI")));
        Assert.False(RouteConditions.Holds("input.Score < 80m", Input(1)));
        Assert.True(RouteConditions.Holds("input.Score < 80m", Input(1, score: 72m)));
    }

    [Fact]
    public void Holds_RefusedCondition_Throws()
        => Assert.Throws<ArgumentException>(() => RouteConditions.Holds("input.GetType() != null", Input(1)));
}
