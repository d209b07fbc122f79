using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PerfEval.Host.Data;
using PerfEval.Host.Domain;
using PerfEval.Host.Features.Scoring;
using PerfEval.Rules;
using PerfEval.Rules.Engine;
using PerfEval.Rules.Loading;
using PerfEval.Rules.Model;
using PerfEval.Rules.Samples;

namespace PerfEval.Bench;

/// <summary>
/// Fills a database the host has created (migrations, demo data, shipped rubrics) with a province's reports, the way an
/// earlier version of the service left them: 40 generated supervising departments of 25 budget units each under the demo
/// bureau (DEPT-HRSS gets generated units too, so the demo users see a province's volumes), 20 open project rounds pinning
/// rubric C v1 (every other one with level-1 weights 40,10,40,10), one target and one report per project, spread
/// evenly over the units and over the approval ladder (<see cref="StageOf"/>: half drafts — three in fifty of them
/// returned once —, the rest waiting at sign-off, department approval, finance review or accepted, each with the history
/// rows its climb left), so every reviewer's inbox holds a province's share; each form is <see cref="SampleReports.Generate"/> for rubric C plus the narrative, goals,
/// evaluators and basic facts of the Changan seed report (so a stored form is the size of a real one), with its score
/// stored as scoring it would store it (fast path, the round's rubric version and weights). Rows are written without
/// pinning and without the scoring projection — as a database upgraded to this version holds them; the host's background
/// upkeep fills both after start-up.
/// </summary>
internal static class ScaleSeeder
{
    public const int Rounds = 20;
    public const int Departments = 40;
    public const int UnitsPerDepartment = 25;
    private const string RubricId = "rubric-c-self-evaluation";

    public static async Task SeedAsync(PerfEvalDbContext db, int reports, string repoRoot, TextWriter log)
    {
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var now = DateTime.UtcNow;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(now, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")));
        var fin = await db.Organisations.SingleAsync(o => o.Code == "FIN");
        var hrss = await db.Organisations.SingleAsync(o => o.Code == "DEPT-HRSS");
        var units = await db.Organisations.Where(o => o.Kind == OrgKind.BudgetUnit).ToListAsync();
        var orgs = new List<Organisation>();
        for (var d = 1; d <= Departments; d++)
        {
            var dept = new Organisation { Code = $"DEPT-G{d:00}", Name = $"示范省第{d}厅", Kind = OrgKind.SupervisingDepartment, ParentId = fin.Id };
            orgs.Add(dept);
            for (var u = 1; u <= UnitsPerDepartment; u++)
            {
                orgs.Add(new Organisation { Code = $"UNIT-G{d:00}-{u:00}", Name = $"示范省第{d}厅所属第{u}中心", Kind = OrgKind.BudgetUnit, ParentId = dept.Id });
            }
        }

        var hrssUnits = units.Count(u => u.ParentId == hrss.Id);
        for (var u = hrssUnits + 1; u <= UnitsPerDepartment; u++)
        {
            orgs.Add(new Organisation { Code = $"UNIT-HRSS-{u:00}", Name = $"示范市人社局所属第{u}中心", Kind = OrgKind.BudgetUnit, ParentId = hrss.Id });
        }

        db.Organisations.AddRange(orgs);
        await db.SaveChangesAsync();
        units.AddRange(orgs.Where(o => o.Kind == OrgKind.BudgetUnit));

        var row = await db.RuleSets.AsNoTracking().SingleAsync(v => v.RuleSetId == RubricId && v.Version == 1);
        var rubric = RuleSetLoader.Load(row.Json).GetOrThrow();
        var rounds = Enumerable.Range(1, Rounds).Select(n => new EvaluationRound
        {
            Name = $"规模测试 {n:00} 批项目支出绩效自评", Kind = ReportKind.Project, Year = 2025, RuleSetId = RubricId, RuleSetVersion = 1,
            Level1Weights = n % 2 == 0 ? "40,10,40,10" : null, Deadline = today.AddDays(60), WarningDays = 14, CreatedAtUtc = now,
        }).ToList();
        db.Rounds.AddRange(rounds);
        await db.SaveChangesAsync();

        var workflow = await db.WorkflowDefinitions.AsNoTracking()
            .Where(d => d.ReportKind == "project" && d.Status == DefinitionStatus.Published)
            .OrderByDescending(d => d.Version).Select(d => new { d.DefinitionId, d.Version }).FirstAsync();
        var ladder = new BenchLadder(workflow.DefinitionId, workflow.Version, await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id));
        var stageRandom = new Random(7);
        var seed = JsonSerializer.Deserialize<ReportDocument>(
            File.ReadAllText(Path.Combine(repoRoot, "samples", "seeds", "changan-2019-project-online-service.json")), RulesJson.Options)!;
        var random = new Random(42);
        const int batch = 2000;
        for (var start = 0; start < reports; start += batch)
        {
            for (var n = start; n < Math.Min(reports, start + batch); n++)
            {
                var round = rounds[n % Rounds];
                var unit = units[n / Rounds % units.Count];
                var project = $"{unit.Name}第{n / Rounds / units.Count + 1}个项目（{round.Name[5..7]}批）";
                var content = SampleReports.Generate(random, rubric.Definition);
                content.Basic = JsonSerializer.Deserialize<BasicFacts>(JsonSerializer.Serialize(seed.Basic, RulesJson.Options), RulesJson.Options)!;
                content.Basic.ProjectName = project;
                content.Basic.Year = 2025;
                content.Narrative = seed.Narrative;
                content.Goals = seed.Goals;
                content.Evaluators = seed.Evaluators;
                content.Department = null;
                var weights = RoundWeights.Parse(round.Level1Weights);
                decimal? total = null;
                try
                {
                    total = FastScorer.ScoreTotal(rubric, content, new ScoreOptions { Level1Weights = weights, ReportKind = ReportKind.Project });
                }
                catch (RuleEvaluationException)
                {
                }

                var (stage, returned) = StageOf(stageRandom.Next(100));
                var report = new Report
                {
                    Kind = ReportKind.Project, OrgId = unit.Id, RoundId = round.Id, Content = content, Stage = stage,
                    // Drafts are days old (no stalled-draft reminder by default); a waiting stage was entered within its due days.
                    StageEnteredAtUtc = stage == ReportStages.Draft ? now.AddDays(-random.Next(1, 30)) : now.AddHours(-stageRandom.Next(1, 48)),
                    CreatedAtUtc = now, UpdatedAtUtc = now, CreatedBy = "bench", UpdatedBy = "bench",
                    ScoredTotal = total, ScoredGrade = total is { } t ? rubric.Definition.GradeOf(t) : null,
                    ScoredRuleSetId = total is null ? null : RubricId, ScoredRuleSetVersion = total is null ? null : 1, Version = 1,
                };
                report.SyncFromContent();
                db.Reports.Add(report);
                db.ReportHistory.AddRange(ladder.Climb(report, returned));
                db.RoundTargets.Add(new RoundTarget { RoundId = round.Id, OrgId = unit.Id, ProjectName = project, ReportId = report.Id });
            }

            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
            if ((start / batch) % 10 == 9)
            {
                log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  seeded {Math.Min(reports, start + batch)} reports"));
            }
        }
    }

    /// <summary>
    /// Where a report stands, from a draw in 0–99: 50 % drafts (draws 0, 20 and 40 — three in fifty — returned once from sign-off),
    /// 15 % at unit sign-off, 15 % at department approval, 12 % at finance review, 8 % accepted.
    /// </summary>
    public static (string Stage, bool Returned) StageOf(int draw) => draw switch
    {
        < 50 => (ReportStages.Draft, draw % 20 == 0),
        < 65 => (ReportStages.UnitSignOff, false),
        < 80 => (ReportStages.DepartmentApproval, false),
        < 92 => (ReportStages.FinanceReview, false),
        _ => (ReportStages.Accepted, false),
    };
}
