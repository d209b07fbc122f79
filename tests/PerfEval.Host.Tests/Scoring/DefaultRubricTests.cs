using System.Text.Json;
using PerfEval.Host.Features.Scoring;
using PerfEval.Rules;
using PerfEval.Rules.Model;
using static PerfEval.Host.Tests.Scoring.ScoringTestSupport;

namespace PerfEval.Host.Tests.Scoring;

/// <summary>The bureau's default rubric for a report no round pins one for.</summary>
public sealed class DefaultRubricTests
{
    [Theory]
    [InlineData("rubric-a-project-2021.json", ReportKind.Project, "rubric-a-project")]
    [InlineData("rubric-b-department-2021.json", ReportKind.Department, "rubric-b-department")]
    [InlineData("seeds/changan-2019-project-online-service.json", ReportKind.Project, "rubric-c-self-evaluation")]
    public void For_Sample_PicksByKindAndAnswers(string sample, ReportKind kind, string expected)
    {
        var report = Sample(sample)["content"].Deserialize<ReportDocument>(RulesJson.Options)!;

        Assert.Equal(expected, DefaultRubric.For(kind, report));
    }
}
