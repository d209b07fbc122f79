using System.Globalization;
using PerfEval.Rules.Engine;
using PerfEval.Rules.Model;
using PerfEval.Rules.Samples;

namespace PerfEval.Rules.Tests;

// The answer lookup and the rounding were tuned for the batch path; these pin that the tuning changed nothing.
public class AnswerLookupTests
{
    [Theory]
    [InlineData("rubric-a-project", 11)]
    [InlineData("rubric-b-department", 12)]
    [InlineData("rubric-c-self-evaluation", 13)]
    public async Task Score_AnswersShuffled_SameScoresAsInRubricOrder(string id, int seed)
    {
        var rs = TestFiles.RuleSet(id);
        var random = new Random(seed);

        for (var n = 0; n < 60; n++)
        {
            var report = SampleReports.Generate(random, rs.Definition);
            var ordered = FastScorer.Score(rs, report);
            report.Assessments = [.. report.Assessments.OrderBy(_ => random.Next())];

            var shuffled = FastScorer.Score(rs, report);
            var stock = await RubricScorer.ScoreAsync(rs, report);

            Assert.Equal(ordered.Total, shuffled.Total);
            Assert.Equal(ordered.Indicators.Select(i => (i.Path, i.Score)), shuffled.Indicators.Select(i => (i.Path, i.Score)));
            Assert.Equal(stock.Total, shuffled.Total);
        }
    }

    [Fact]
    public void Score_DuplicateAnswer_FirstOneCounts()
    {
        var rs = TestFiles.RuleSet("rubric-a-project");
        var report = SampleReports.Empty();
        report.Assessments =
        [
            new IndicatorAssessment { Key = "A.3.2.1", Score = 6, Reason = "首个" },
            new IndicatorAssessment { Key = "A.3.2.1", Score = 2, Reason = "重复" },
        ];

        var result = FastScorer.Score(rs, report);

        Assert.Equal(6m, result.Indicators.Single(i => i.Key == "A.3.2.1").Score);
    }

    [Fact]
    public void Score_AnswerKeyUnknownOrMissing_ScoresZeroForThatIndicator()
    {
        var rs = TestFiles.RuleSet("rubric-a-project");
        var report = SampleReports.Empty();
        report.Assessments =
        [
            new IndicatorAssessment { Key = "A.3.2.0", Score = 8, Reason = "不存在的指标" },
            new IndicatorAssessment { Key = "A.3.2.2", Score = 7, Reason = "有" },
            new IndicatorAssessment { Key = "A.3.2.9", Score = 8, Reason = "不存在的指标" },
        ];

        var result = FastScorer.Score(rs, report);

        Assert.Equal(0m, result.Indicators.Single(i => i.Key == "A.3.2.1").Score);
        Assert.Equal(7m, result.Indicators.Single(i => i.Key == "A.3.2.2").Score);
        Assert.Equal(0m, result.Indicators.Single(i => i.Key == "A.3.2.3").Score);
    }

    [Fact]
    public void Round_ManyValues_SameValueAndDigitsAsDivisionByOne()
    {
        var random = new Random(5);
        var values = new List<decimal> { 0m, 0.00m, 1.10m, -1.10m, 98.00m, 97.995m, -0.005m, 0.004m, 99.999m, 1_000_000_000_000.50m, -2_000_000_000_000.125m, 79228162514264337593543950335m };
        for (var n = 0; n < 5000; n++)
        {
            var scale = random.Next(0, 6);
            values.Add(new decimal(random.Next(-2_000_000, 2_000_000), 0, 0, false, 0) / (decimal)Math.Pow(10, scale) * (scale % 2 == 0 ? 1.000m : 1m));
        }

        foreach (var v in values)
        {
            var expected = Math.Round(v, 2, MidpointRounding.AwayFromZero) / 1.000000000000000000000000000000000m;
            var actual = ResultBuilder.Round(v);

            Assert.Equal(expected, actual);
            Assert.Equal(expected.ToString(CultureInfo.InvariantCulture), actual.ToString(CultureInfo.InvariantCulture));
        }
    }
}
