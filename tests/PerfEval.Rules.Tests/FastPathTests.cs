using System.Text.Json;
using PerfEval.Rules.Engine;
using PerfEval.Rules.Samples;

namespace PerfEval.Rules.Tests;

public class FastPathTests
{
    [Theory]
    [InlineData("rubric-a-project", 1)]
    [InlineData("rubric-b-department", 2)]
    [InlineData("rubric-c-self-evaluation", 3)]
    public async Task FastScore_GeneratedReports_EqualsExecuteAllRulesAsync(string id, int seed)
    {
        var rs = TestFiles.RuleSet(id);
        var random = new Random(seed);
        var compared = 0;

        for (var n = 0; n < 210; n++)
        {
            var report = SampleReports.Generate(random, rs.Definition);
            var options = id == "rubric-c-self-evaluation" && n % 2 == 0 ? new ScoreOptions { Level1Weights = [40, 10, 40, 10] } : null;

            var stock = await RubricScorer.ScoreAsync(rs, report, options);
            var fast = FastScorer.Score(rs, report, options);

            Assert.Equal(JsonSerializer.Serialize(stock, RulesJson.Options), JsonSerializer.Serialize(fast, RulesJson.Options));
            Assert.Equal(stock.Total, FastScorer.ScoreTotal(rs, report, options));
            Assert.Equal(stock.Total, await RubricScorer.ScoreTotalAsync(rs, report, options));
            compared++;
        }

        Assert.Equal(210, compared);
    }

    [Fact]
    public async Task FastScore_GeneratedReports_AreNotAllTheSame()
    {
        var rs = TestFiles.RuleSet("rubric-a-project");
        var random = new Random(7);

        var totals = new HashSet<decimal>();
        for (var n = 0; n < 50; n++)
        {
            totals.Add((await RubricScorer.ScoreAsync(rs, SampleReports.Generate(random, rs.Definition))).Total);
        }

        Assert.True(totals.Count > 10, $"only {totals.Count} distinct totals: the equivalence test would prove little");
    }
}
