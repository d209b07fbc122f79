using PerfEval.Rules.Definitions;
using PerfEval.Rules.Model;

namespace PerfEval.Rules.Samples;

/// <summary>
/// Generates typed sample reports: used to dry-run every expression at load, by the fast-path equivalence tests
/// and by the benchmark. Deterministic for a given <see cref="Random"/> seed.
/// </summary>
public static class SampleReports
{
    private static readonly string[] Level1Names = ["产出指标", "效益指标", "满意度指标", "预算执行率指标", "项目产出指标", "项目效益指标"];

    /// <summary>A report with every section present but empty (blank cells), including an empty department section.</summary>
    public static ReportDocument Empty() => new() { Department = new DepartmentSection() };

    /// <summary>
    /// A random, plausible report: funding grid, expenditure lines, an indicator table with all comparators,
    /// department tables, and an answer for most indicators of <paramref name="rubric"/> (some deliberately out of range,
    /// some left blank, some marked 不适用), so that every scoring outcome occurs.
    /// </summary>
    /// <param name="random">Random source (seed it for reproducible runs).</param>
    /// <param name="rubric">Rubric whose indicators get answers; null for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="random"/> is null.</exception>
    public static ReportDocument Generate(Random random, RubricDefinition? rubric = null)
    {
        ArgumentNullException.ThrowIfNull(random);
        var r = random;
        var planned = Money(r, 10, 500);
        var arrived = r.Next(4) == 0 ? Math.Round(planned * (decimal)(0.6 + r.NextDouble() * 0.4), 2) : planned;
        var spent = r.Next(3) == 0 ? Math.Round(arrived * (decimal)(0.5 + r.NextDouble() * 0.5), 2) : arrived;
        var doc = new ReportDocument
        {
            Basic = new BasicFacts { ProjectName = "样例项目" + r.Next(1000), Year = 2020 + r.Next(5), Phone = "0730-8228080", Postcode = "414000" },
            Funding = new FundingGrid
            {
                Planned = new FundingRow { County = planned, Total = planned },
                Arrived = new FundingRow { County = arrived, Total = arrived },
                Spent = new FundingRow { County = spent, Total = spent },
                Balance = new FundingRow { County = arrived - spent, Total = arrived - spent },
            },
            Expenditure = new ExpenditureTable
            {
                Unit = MoneyUnit.WanYuan,
                Lines = [new ExpenditureLine { Content = "302商品和服务支出", Planned = planned, Actual = spent }],
                StatedActualTotal = spent,
            },
        };

        var rows = 3 + r.Next(8);
        for (var i = 0; i < rows; i++)
        {
            var comparator = (Comparator)r.Next(4);
            var target = (decimal)r.Next(1, 200);
            var actual = Math.Round(target * (decimal)(0.5 + r.NextDouble()), 1);
            var points = (decimal)(5 * r.Next(1, 5));
            doc.Indicators.Add(new IndicatorRow
            {
                Level1 = Level1Names[r.Next(Level1Names.Length)],
                Level2 = "二级",
                Level3 = "指标" + i,
                Comparator = comparator,
                TargetValue = r.Next(10) == 0 ? null : target,
                ActualValue = actual,
                Unit = "%",
                Points = r.Next(15) == 0 ? null : points,
                SelfScore = Math.Round(points * (decimal)r.NextDouble(), 1),
                DeviationReason = r.Next(2) == 0 ? "原因" : null,
            });
        }

        doc.Department = new DepartmentSection
        {
            Staffing = new InstitutionTable<StaffingRow> { Rows = [new StaffingRow { Institution = "局机关", ApprovedPosts = 50, ActualHeadcount = 45 + r.Next(10) }] },
            ThreePublic = new InstitutionTable<ThreePublicRow>
            {
                Rows = [new ThreePublicRow { Institution = "局机关", Total = Money(r, 5, 20), Budget = Money(r, 5, 20), LastYear = Money(r, 5, 20) }],
            },
        };

        if (r.Next(8) == 0)
        {
            doc.Funding.Arrived = new FundingRow(); // a blank row is unknown, never 0
        }

        foreach (var indicator in rubric?.AllIndicators() ?? [])
        {
            if (r.Next(12) != 0)
            {
                doc.Assessments.Add(Answer(r, indicator));
            }
        }

        return doc;
    }

    private static IndicatorAssessment Answer(Random r, IndicatorDefinition i)
    {
        var p = i.Parameters;
        var a = new IndicatorAssessment
        {
            Key = i.Key,
            Reason = r.Next(3) == 0 ? null : "评审意见",
            NotApplicable = r.Next(10) == 0,
            NoDeductions = r.Next(2) == 0,
        };
        foreach (var item in p.Items ?? [])
        {
            if (r.Next(4) != 0)
            {
                a.Checked.Add(item.Id);
            }
        }

        if (p.Items is { Count: > 0 } checklist && r.Next(4) == 0)
        {
            // Partial credit on one item, sometimes out of range (must be refused).
            var item = checklist[r.Next(checklist.Count)];
            a.Deductions.Add(new Deduction { Item = item.Id, Points = r.Next(3) == 0 ? item.Points + 1 : item.Points / 2, Reason = r.Next(2) == 0 ? "部分满足" : null });
        }

        if (p.Options is { Count: > 0 } options)
        {
            a.Choice = options[r.Next(options.Count)].Id;
        }

        if (p.Bands is { Count: > 0 } bands || i.Template == TemplateKind.QualitativeBands)
        {
            var list = p.Bands ?? [.. Engine.RowScoring.DefaultBands];
            a.Choice = list[r.Next(list.Count)].Id;
        }

        var target = (decimal)r.Next(50, 120);
        a.Target = r.Next(10) == 0 ? null : target;
        a.Actual = r.Next(10) == 0 ? null : Math.Round(target * (decimal)(0.4 + r.NextDouble() * 0.9), 1);
        a.Count = r.Next(10) == 0 ? null : r.Next(4) == 0 ? r.Next(1, 4) : 0;
        a.Score = r.Next(10) == 0 ? null : Math.Round(i.Points * (decimal)(r.NextDouble() * 1.1), 1);
        foreach (var d in p.Deductions ?? [])
        {
            if (r.Next(4) == 0)
            {
                a.Deductions.Add(new Deduction { Item = d.Id, Points = d.Min + r.Next(0, (int)Math.Clamp(d.Max - d.Min, 0m, 100m) + 2), Reason = r.Next(2) == 0 ? "发现问题" : null });
            }
        }

        return a;
    }

    private static decimal Money(Random r, int min, int max) => Math.Round((decimal)(min + r.NextDouble() * (max - min)), 2);
}
