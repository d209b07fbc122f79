using CsCheck;
using PerfEval.Rules.Definitions;
using PerfEval.Rules.Engine;
using PerfEval.Rules.Loading;
using PerfEval.Rules.Model;

namespace PerfEval.Rules.Tests;

/// <summary>
/// Blank is not zero, as a property: a rubric with every template (and every measure kind) scores reports whose inputs
/// are, cell by cell, blank, zero or a value. Whenever an indicator's input is blank, it must score 0 and carry an error
/// finding; no combination may give a positive score without one. Which inputs each template reads is written out here,
/// independently of the code under test.
/// </summary>
public class BlankInputPropertyTests
{
    private const int Fields = 10; // per answer: present, actual, target, count, score, choice, checked, reason, noDeductions, deductions

    private static readonly IndicatorDefinition[] Indicators =
    [
        new() { Key = "P.01", Name = "比率", Points = 5, Template = TemplateKind.Ratio },
        new() { Key = "P.02", Name = "到位率", Points = 5, Template = TemplateKind.Ratio, Parameters = new() { Actual = "funding.arrived", Target = "funding.planned" } },
        new() { Key = "P.03", Name = "成本", Points = 5, Template = TemplateKind.ReverseRatio },
        new() { Key = "P.04", Name = "标准", Points = 5, Template = TemplateKind.Equal },
        new() { Key = "P.05", Name = "满意度", Points = 5, Template = TemplateKind.Tiers, Parameters = new() { Tiers = [new() { Lower = 90, Score = 5 }, new() { Lower = 60, Upper = 90, Score = 3 }, new() { Upper = 60, Score = 0 }] } },
        new() { Key = "P.06", Name = "人员控制率", Points = 5, Template = TemplateKind.PerPointDeduction, Parameters = new() { Actual = "department.staffingRate", TargetValue = 100, PerUnit = 0.5m } },
        new() { Key = "P.07", Name = "三公变动率", Points = 5, Template = TemplateKind.PerPointDeduction, Parameters = new() { Actual = "department.threePublicChangeRate", TargetValue = 0, PerUnit = 0.5m } },
        new() { Key = "P.08", Name = "三公控制率", Points = 5, Template = TemplateKind.PerPointDeduction, Parameters = new() { Actual = "department.threePublicControlRate", TargetValue = 100, PerUnit = 1 } },
        new() { Key = "P.09", Name = "刷卡率", Points = 5, Template = TemplateKind.PerPointDeduction, Parameters = new() { TargetValue = 50, Direction = "below", PerUnit = 0.2m } },
        new() { Key = "P.10", Name = "预算执行率", Points = 5, Template = TemplateKind.BudgetExecution },
        new() { Key = "P.11", Name = "清单", Points = 5, Template = TemplateKind.Checklist, Parameters = new() { Items = [new() { Id = "1", Label = "甲", Points = 2 }, new() { Id = "2", Label = "乙", Points = 3 }] } },
        new() { Key = "P.12", Name = "选项", Points = 5, Template = TemplateKind.Choice, Parameters = new() { Options = [new() { Id = "a", Label = "及时", Points = 5 }, new() { Id = "b", Label = "不及时", Points = 2 }] } },
        new() { Key = "P.13", Name = "按次扣分", Points = 5, Template = TemplateKind.PerViolationDeduction, Parameters = new() { PerUnit = 1 } },
        new() { Key = "P.14", Name = "资金使用", Points = 5, Template = TemplateKind.JudgmentRange, Parameters = new() { Deductions = [new() { Id = "x", Label = "虚列", Min = 1, Max = 3 }] } },
        new() { Key = "P.15", Name = "效益", Points = 5, Template = TemplateKind.JudgmentRange },
        new() { Key = "P.16", Name = "定性", Points = 5, Template = TemplateKind.QualitativeBands },
        new() { Key = "P.17", Name = "产出", Points = 20, Template = TemplateKind.IndicatorRows, Parameters = new() { Keywords = ["产出"] } },
    ];

    private static readonly Lazy<LoadedRuleSet> Rubric = new(() => RuleSetLoader.Load(new RubricDefinition
    {
        Id = "blank-property",
        Title = "空白输入性质测试",
        Groups = [new IndicatorGroup { Key = "P", Name = "全部", Points = 100, Indicators = [.. Indicators] }],
    }).GetOrThrow());

    private static readonly int Slots = (16 * Fields) + 4 + 4 + 3 + (3 * 4);

    [Fact]
    public void Score_AnyCombinationOfBlankInputs_NeverScoresABlankWithoutAnErrorFinding()
    {
        Gen.Int[0, 2].Array[Slots].Sample(states =>
        {
            var report = Build(states);
            var result = FastScorer.Score(Rubric.Value, report);
            foreach (var i in Indicators.Where(i => i.Template != TemplateKind.IndicatorRows))
            {
                var r = result.Indicators.Single(x => x.Key == i.Key);
                if (IsBlank(i, report))
                {
                    Assert.True(r.Score == 0 && r.Status == IndicatorStatus.NotAssessable, $"{i.Key} {i.Template}: blank input scored {r.Score} ({r.Explanation})");
                    Assert.Contains(result.Findings, f => f.Rule == i.Key && f.Severity == FindingSeverity.Error);
                }
            }

            var rows = report.Indicators;
            for (var n = 0; n < rows.Count; n++)
            {
                if (rows[n].Points is null || rows[n].TargetValue is null || rows[n].ActualValue is null)
                {
                    var r = result.Indicators.Single(x => x.Key == $"P.17#{n}");
                    Assert.True(r.Score == 0, $"row {n} with a blank cell scored {r.Score}");
                    Assert.Contains(result.Findings, f => f.Rule == "P.17" && f.Field == $"indicators[{n}]" && f.Severity == FindingSeverity.Error);
                }
            }

            if (rows.Count == 0)
            {
                Assert.Contains(result.Findings, f => f.Rule == "P.17" && f.Severity == FindingSeverity.Error);
            }

            Assert.Equal(result.Total, FastScorer.ScoreTotal(Rubric.Value, report));
        }, iter: 400, threads: 1);
    }

    /// <summary>Whether the report leaves blank something the indicator reads.</summary>
    private static bool IsBlank(IndicatorDefinition i, ReportDocument report)
    {
        var a = report.Assessments.FirstOrDefault(x => x.Key == i.Key);
        var d = report.Department!;
        return i.Key switch
        {
            "P.01" or "P.03" or "P.04" => a?.Actual is null || a.Target is null || (i.Key != "P.04" && a.Target <= 0),
            "P.02" => report.Funding.Arrived.IsBlank || report.Funding.Planned.IsBlank || report.Funding.Planned.TotalOrSum <= 0,
            "P.05" or "P.09" => a?.Actual is null,
            "P.06" => d.Staffing.Summary?.ActualHeadcount is null || d.Staffing.Summary?.ApprovedPosts is not > 0,
            "P.07" => d.ThreePublic.Summary?.Total is null || d.ThreePublic.Summary?.LastYear is null,
            "P.08" => d.ThreePublic.Summary?.Total is null || d.ThreePublic.Summary?.Budget is null,
            "P.10" => report.Funding.Spent.IsBlank || report.Funding.Planned.IsBlank || report.Funding.Planned.TotalOrSum <= 0,
            "P.11" => a is null || (a.Checked.Count == 0 && string.IsNullOrWhiteSpace(a.Reason)),
            "P.12" => string.IsNullOrWhiteSpace(a?.Choice),
            "P.13" => a?.Count is null,
            "P.14" => a is null || (a.Deductions.Count == 0 && !a.NoDeductions),
            "P.15" => a?.Score is null,
            "P.16" => string.IsNullOrWhiteSpace(a?.Choice) || a.Score is null,
            _ => false,
        } || a?.NotApplicable == true;
    }

    /// <summary>A report from cell states: 0 blank, 1 zero, 2 a typical value.</summary>
    private static ReportDocument Build(int[] s)
    {
        var at = 0;
        int Next() => s[at++];
        decimal? Value(decimal typical) => Next() switch { 0 => null, 1 => 0m, _ => typical };
        var report = new ReportDocument { Department = new DepartmentSection() };
        foreach (var i in Indicators.Where(i => i.Template != TemplateKind.IndicatorRows))
        {
            var present = Next() > 0;
            var a = new IndicatorAssessment
            {
                Key = i.Key,
                Actual = Value(80),
                Target = Value(100),
                Count = Next() switch { 0 => null, 1 => 0, _ => 2 },
                Score = Value(i.Points - 1),
                Choice = Next() switch { 0 => null, 1 => "", _ => i.Template == TemplateKind.QualitativeBands ? "部分达成" : "a" },
                Checked = Next() == 2 ? ["1"] : [],
                Reason = Next() == 2 ? "说明" : null,
                NoDeductions = Next() == 2,
                Deductions = Next() == 2 ? [new Deduction { Item = "x", Points = 2, Reason = "虚列" }] : [],
            };
            if (i.Template == TemplateKind.QualitativeBands && a.Score is { } q)
            {
                a.Score = Math.Min(q, i.Points * 0.7m); // inside 部分达成 when present
            }

            if (present)
            {
                report.Assessments.Add(a);
            }
        }

        report.Funding.Planned = Row(Value(100));
        report.Funding.Arrived = Row(Value(90));
        report.Funding.Spent = Row(Value(85));
        report.Funding.Balance = Row(Value(5));
        report.Department!.Staffing.Summary = new StaffingRow { ApprovedPosts = (int?)Value(50), ActualHeadcount = (int?)Value(48) };
        Next();
        Next();
        report.Department.ThreePublic.Summary = new ThreePublicRow { Total = Value(10), Budget = Value(12), LastYear = Value(11) };
        for (var r = 0; r < 3; r++)
        {
            var keep = Next() > 0;
            var row = new IndicatorRow { Level1 = "产出指标", Level2 = "数量指标", Level3 = "指标" + r, Comparator = Comparator.AtLeast, Points = Value(10), TargetValue = Value(100), ActualValue = Value(95) };
            if (keep)
            {
                report.Indicators.Add(row);
            }
        }

        return report;
    }

    private static FundingRow Row(decimal? total) => new() { County = total, Total = total };
}
