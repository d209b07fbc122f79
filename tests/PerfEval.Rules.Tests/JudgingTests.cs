using PerfEval.Rules.Definitions;
using PerfEval.Rules.Engine;
using PerfEval.Rules.Samples;

namespace PerfEval.Rules.Tests;

/// <summary>The score-only hot paths used inside expressions agree with the explained versions used for reasons.</summary>
public class JudgingTests
{
    [Fact]
    public void ScoreOnlyPaths_GeneratedAnswers_AgreeWithExplainedPaths()
    {
        var definition = TestFiles.Definition("rubric-a-project");
        var random = new Random(11);
        var compared = 0;

        for (var n = 0; n < 300; n++)
        {
            var report = SampleReports.Generate(random, definition);
            foreach (var i in definition.AllIndicators())
            {
                var answer = report.Assessments.SingleOrDefault(a => a.Key == i.Key); // null when left blank: both paths score 0
                foreach (var item in i.Parameters.Items ?? [])
                {
                    Assert.Equal(Judging.Item(answer, item.Id, item.Points).Score, Judging.ItemScore(answer, item.Id, item.Points));
                    compared++;
                }

                if (i.Template == TemplateKind.JudgmentRange && i.Parameters.Deductions is { Count: > 0 } items)
                {
                    Assert.Equal(Judging.Deducted(answer, i.Points, items).Score, Judging.DeductedScore(answer, i.Points, [.. items]));
                    compared++;
                }
                else if (i.Template == TemplateKind.JudgmentRange)
                {
                    Assert.Equal(Judging.Judged(answer, 0, i.Points).Score, Judging.JudgedScore(answer, 0, i.Points));
                    compared++;
                }
            }
        }

        Assert.True(compared > 3000);
    }
}
