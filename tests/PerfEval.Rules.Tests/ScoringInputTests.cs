using System.Text.Json;
using PerfEval.Rules.Definitions;
using PerfEval.Rules.Engine;
using PerfEval.Rules.Loading;
using PerfEval.Rules.Model;
using PerfEval.Rules.Samples;

namespace PerfEval.Rules.Tests;

/// <summary>
/// The scoring projection the impact analysis reads instead of the whole form: scoring it gives exactly what scoring the
/// stored form gives — totals and the full result with explanations — on generated reports of every shipped rubric.
/// </summary>
public class ScoringInputTests
{
    [Theory]
    [InlineData("rubric-a-project", 11)]
    [InlineData("rubric-b-department", 12)]
    [InlineData("rubric-c-self-evaluation", 13)]
    public void Score_Projection_EqualsStoredForm_OnGeneratedReports(string id, int seed)
    {
        var rs = TestFiles.RuleSet(id);
        var random = new Random(seed);

        for (var n = 0; n < 220; n++)
        {
            // As stored: the form goes through its JSON column, the projection through its own.
            var stored = RoundTrip(SampleReports.Generate(random, rs.Definition));
            var options = id == "rubric-c-self-evaluation" && n % 2 == 0 ? new ScoreOptions { Level1Weights = [40, 10, 40, 10] } : null;
            var expected = JsonSerializer.Serialize(FastScorer.Score(rs, stored, options), RulesJson.Options);

            // The binary the host stores now, and the JSON projections rows written earlier still hold.
            foreach (var projection in new[] { ScoringInput.Read(ScoringInput.Encode(stored)), ScoringInput.Read(ScoringInput.WriteUtf8(stored)) })
            {
                Assert.Equal(FastScorer.ScoreTotal(rs, stored, options), FastScorer.ScoreTotal(rs, projection, options));
                Assert.Equal(expected, JsonSerializer.Serialize(FastScorer.Score(rs, projection, options), RulesJson.Options));
            }
        }
    }

    [Theory]
    [InlineData("rubric-a-project", 21)]
    [InlineData("rubric-b-department", 22)]
    [InlineData("rubric-c-self-evaluation", 23)]
    public void Encode_GeneratedReports_ReadsBackAsTheJsonProjection(string id, int seed)
    {
        var rs = TestFiles.RuleSet(id);
        var random = new Random(seed);

        for (var n = 0; n < 100; n++)
        {
            var report = SampleReports.Generate(random, rs.Definition);

            Assert.Equal(Json(ScoringInput.Read(ScoringInput.WriteUtf8(report))), Json(ScoringInput.Read(ScoringInput.Encode(report))));
        }
    }

    [Fact]
    public void Encode_SeedReportsAndEveryValueKind_ReadBackExactly()
    {
        var reports = new[] { TestFiles.Changan, TestFiles.Hechi, TestFiles.Yueyanglou }.Select(TestFiles.Report).Append(EveryValueKind()).ToList();

        Assert.All(reports, report =>
        {
            var encoded = ScoringInput.Encode(report);

            Assert.True(ScoringInput.IsReadable(encoded));
            Assert.Equal(Json(ScoringInput.Read(ScoringInput.WriteUtf8(report))), Json(ScoringInput.Read(encoded)));
            Assert.True(encoded.Length < ScoringInput.WriteUtf8(report).Length);
        });
    }

    [Fact]
    public void Read_BinaryOfAnotherModel_IsNotReadableAndRefused()
    {
        var encoded = ScoringInput.Encode(EveryValueKind());
        encoded[3] ^= 0xFF; // the model-shape hash in the header

        Assert.False(ScoringInput.IsReadable(encoded));
        Assert.Throws<FormatException>(() => ScoringInput.Read(encoded));
    }

    [Fact]
    public void Read_BinaryCutShortOrExtended_ThrowsFormatException()
    {
        var encoded = ScoringInput.Encode(EveryValueKind());

        Assert.Throws<FormatException>(() => ScoringInput.Read(encoded.AsSpan(0, encoded.Length - 5)));
        Assert.Throws<FormatException>(() => ScoringInput.Read([.. encoded, 0]));
    }

    [Fact]
    public void IsReadable_JsonProjection_True() => Assert.True(ScoringInput.IsReadable(ScoringInput.WriteUtf8(EveryValueKind())));

    /// <summary>Nulls, empty strings, Chinese, negative and many-decimal numbers, enums, flags, nested tables and empty lists.</summary>
    private static ReportDocument EveryValueKind() => new()
    {
        Funding = new FundingGrid
        {
            Planned = new FundingRow { Total = 123456789.0123456789m, Central = -0.5m, County = 0m },
            Spent = new FundingRow { Total = 1m },
        },
        Indicators =
        [
            new IndicatorRow { Level1 = "产出指标", Level2 = "", Level3 = "数量“指标”", Comparator = Comparator.AtMost, TargetText = "≤ 5%", TargetValue = 5m,
                Unit = "%", ActualValue = 4.50m, Points = 10m, SharesPoints = true, SelfScore = 9.5m, DeviationReason = "原因\n第二行" },
            new IndicatorRow { Level1 = "效益指标", Comparator = Comparator.Qualitative },
        ],
        Assessments =
        [
            new IndicatorAssessment { Key = "A.1", Checked = ["1", "", "三"], Choice = "good", Actual = 0.000001m, Target = 100m, Count = -3, Score = 2.25m,
                Deductions = [new Deduction { Item = "1", Points = 0.5m, Reason = null }, new Deduction { Item = "", Points = -1m, Reason = "理由" }],
                Reason = "", NotApplicable = true, NoDeductions = true },
            new IndicatorAssessment { Key = "A.2" },
        ],
        RubricSelfScores = [new RubricSelfScore { Key = null, Level1 = "决策", Level3 = "立项依据", Points = 3m, SelfScore = null, Reason = "无" }],
        Department = new DepartmentSection
        {
            Staffing = new InstitutionTable<StaffingRow> { Rows = [new StaffingRow { Institution = "局机关", ApprovedPosts = 50, ActualHeadcount = 48 }] },
        },
    };

    private static string Json(ReportDocument report) => JsonSerializer.Serialize(report, RulesJson.Options);

    [Fact]
    public void Write_SeedReport_LeavesOutWhatScoringNeverReads()
    {
        var seed = RoundTrip(TestFiles.Report(TestFiles.Changan));

        var projection = ScoringInput.Read(ScoringInput.Write(seed));

        Assert.Null(projection.Narrative.Conclusion);
        Assert.Empty(projection.Evaluators);
        Assert.Equal(seed.Indicators.Count, projection.Indicators.Count);
        Assert.Equal(seed.Funding.Spent.TotalOrSum, projection.Funding.Spent.TotalOrSum);
        Assert.True(ScoringInput.Write(seed).Length < JsonSerializer.Serialize(seed, RulesJson.Options).Length);
    }

    [Theory]
    [InlineData("rubric-a-project")]
    [InlineData("rubric-b-department")]
    [InlineData("rubric-c-self-evaluation")]
    public void Covers_ShippedRubrics_True(string id) => Assert.True(ScoringInput.Covers(TestFiles.RuleSet(id)));

    [Theory]
    [InlineData("input.Report.Evaluators.Count > 0 ? 4m : 0m")]
    [InlineData("input.Report.Basic.Year > 2020 ? 4m : 0m")]
    [InlineData("input . Report . Goals.Count > 0 ? 4m : 0m")]
    public void Covers_AdvancedExpressionReadingMore_False(string expression)
    {
        var rs = RuleSetLoader.Load(new RubricDefinition
        {
            Id = "test",
            Title = "测试",
            Groups =
            [
                new IndicatorGroup
                {
                    Key = "T", Name = "测试", Points = 100,
                    Indicators =
                    [
                        new IndicatorDefinition { Key = "T.1", Name = "读表", Points = 4, Template = TemplateKind.Advanced, Expression = expression },
                        new IndicatorDefinition { Key = "T.9", Name = "其他", Points = 96, Template = TemplateKind.Advanced, Expression = "0m" },
                    ],
                },
            ],
        }.ToWorkflowJson());

        Assert.True(rs.Succeeded, string.Join("; ", rs.Problems));
        Assert.False(ScoringInput.Covers(rs.RuleSet!));
    }

    [Fact]
    public void Covers_AdvancedExpressionReadingFunding_True()
    {
        var rs = RuleSetLoader.Load(new RubricDefinition
        {
            Id = "test",
            Title = "测试",
            Groups =
            [
                new IndicatorGroup
                {
                    Key = "T", Name = "测试", Points = 100,
                    Indicators =
                    [
                        new IndicatorDefinition
                        {
                            Key = "T.1", Name = "到位率", Points = 4, Template = TemplateKind.Advanced,
                            Expression = "Math.Round(Math.Min(Fn.Ratio(input.Report.Funding.Arrived.TotalOrSum, input.Report.Funding.Planned.TotalOrSum), 1m) * 4m, 1)",
                        },
                        new IndicatorDefinition { Key = "T.9", Name = "其他", Points = 96, Template = TemplateKind.Advanced, Expression = "0m" },
                    ],
                },
            ],
        }.ToWorkflowJson()).GetOrThrow();

        Assert.True(ScoringInput.Covers(rs));
    }

    private static ReportDocument RoundTrip(ReportDocument report)
        => JsonSerializer.Deserialize<ReportDocument>(JsonSerializer.Serialize(report, RulesJson.Options), RulesJson.Options)!;
}
