using System.Net.Http.Json;
using System.Text.Json;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PerfEval.Host.Data;
using PerfEval.Host.Domain;
using PerfEval.Host.Features.Impact;
using PerfEval.Host.Features.RubricEditor;
using PerfEval.Host.Features.RuleSets;
using PerfEval.Host.Features.Scoring;
using PerfEval.Host.Identity;
using PerfEval.Host.Infrastructure;
using PerfEval.Host.Tests.Infrastructure;
using PerfEval.Rules.Engine;
using PerfEval.Rules.Impact;
using PerfEval.Rules.Loading;
using PerfEval.Rules.Model;
using PerfEval.Rules.Samples;

namespace PerfEval.Host.Tests.Scale;

/// <summary>
/// The streamed impact analysis (ImpactEngine: one streamed query, scoring projection, totals only on every core) gives the
/// results of the paths it replaced — the API's per-report <c>ReportScoring.ScoreOnly</c> (full result) and the editor's
/// <c>ListRubricReports</c> + <c>ImpactAnalysis.Compare</c> — on 630 generated reports of all three rubrics, stored as the
/// service stores them (binary projections, JSON ones of earlier builds, and ones of another model), with and without round
/// weights, including reports a rubric refuses; on SQLite and on PostgreSQL.
/// </summary>
public abstract class ImpactEquivalenceTests<TSeeded>(TSeeded seeded) : IClassFixture<TSeeded>
    where TSeeded : PerfEvalFactory, IImpactSeeded
{
    private readonly TSeeded _seeded = seeded;

    [SkippableTheory]
    [InlineData("rubric-a-project")]
    [InlineData("rubric-b-department")]
    [InlineData("rubric-c-self-evaluation")]
    public async Task ApiImpact_EqualsPerReportScoreOnly(string rubric)
    {
        ProviderSkip.IfUnavailable(_seeded);
        await _seeded.EnsureAsync();
        var admin = await _seeded.ClientForAsync("financeadmin");
        var draft = await (await admin.PostAsJsonAsync($"/api/rule-sets/{rubric}/drafts", new { fromVersion = 1 })).Content.ReadFromJsonAsync<JsonElement>();
        var version = draft.GetProperty("info").GetProperty("version").GetInt32();

        var impact = await (await admin.GetAsync(new Uri($"/api/rule-sets/{rubric}/versions/{version}/impact", UriKind.Relative))).Content.ReadFromJsonAsync<JsonElement>();

        await using var scope = _seeded.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PerfEvalDbContext>();
        var store = scope.ServiceProvider.GetRequiredService<RuleSetStore>();
        var ruleSet = store.Load(await store.GetRowAsync(rubric, version, CancellationToken.None));
        var reports = await db.Reports.AsNoTracking().Include(r => r.Round).Include(r => r.Org)
            .Where(r => r.Round != null && r.Round.RuleSetId == rubric).OrderBy(r => r.Title).ToListAsync();
        var items = impact.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("reportId").GetGuid());
        Assert.Equal(reports.Count, impact.GetProperty("reports").GetInt32());
        Assert.True(reports.Count >= 210);
        int changed = 0, gradeChanged = 0, errors = 0;
        foreach (var r in reports)
        {
            // The path this replaced: the full ScoreResult of every report, one after the other.
            decimal? total = null;
            string? grade = null;
            string? error = null;
            try
            {
                var result = ReportScoring.ScoreOnly(ruleSet, RoundWeights.Parse(r.Round?.Level1Weights, "round.level1Weights"), r.Kind, r.Content);
                (total, grade) = (result.Total, result.Grade);
            }
            catch (BadInputException e)
            {
                error = e.Message;
            }

            var item = items[r.Id];
            Assert.Equal(total, Decimal(item, "newTotal"));
            Assert.Equal(grade, Text(item, "newGrade"));
            Assert.Equal(error, Text(item, "error"));
            Assert.Equal(r.ScoredTotal, Decimal(item, "storedTotal"));
            Assert.Equal(r.Org!.Name, Text(item, "orgName"));
            Assert.Equal(r.Stage == ReportStages.Accepted && r.ScoredTotal is not null, item.GetProperty("frozen").GetBoolean());
            var delta = total is { } t && r.ScoredTotal is { } s ? t - s : (decimal?)null;
            Assert.Equal(delta, Decimal(item, "delta"));
            changed += delta is { } d && d != 0 ? 1 : 0;
            gradeChanged += grade is not null && r.ScoredGrade is not null && grade != r.ScoredGrade ? 1 : 0;
            errors += error is null ? 0 : 1;
        }

        Assert.Equal(changed, impact.GetProperty("changed").GetInt32());
        Assert.Equal(gradeChanged, impact.GetProperty("gradeChanged").GetInt32());
        Assert.Equal(errors, impact.GetProperty("errors").GetInt32());
        // Items come in title order, as before.
        Assert.Equal(reports.Select(r => r.Title).Order(StringComparer.Ordinal), items.Values.Select(i => i.GetProperty("title").GetString()!));
    }

    [SkippableFact]
    public async Task ApiImpact_ItemsChangedOrNone_ListLessCountAll()
    {
        ProviderSkip.IfUnavailable(_seeded);
        await _seeded.EnsureAsync();
        var admin = await _seeded.ClientForAsync("financeadmin");
        const string url = "/api/rule-sets/rubric-c-self-evaluation/versions/1/impact";

        var all = await (await admin.GetAsync(new Uri(url, UriKind.Relative))).Content.ReadFromJsonAsync<JsonElement>();
        var changed = await (await admin.GetAsync(new Uri(url + "?items=changed", UriKind.Relative))).Content.ReadFromJsonAsync<JsonElement>();
        var none = await (await admin.GetAsync(new Uri(url + "?items=None", UriKind.Relative))).Content.ReadFromJsonAsync<JsonElement>();
        var bad = await admin.GetAsync(new Uri(url + "?items=some", UriKind.Relative));

        Assert.Equal(all.GetProperty("reports").GetInt32(), none.GetProperty("reports").GetInt32());
        Assert.Equal(all.GetProperty("changed").GetInt32(), changed.GetProperty("changed").GetInt32());
        Assert.Equal(0, none.GetProperty("items").GetArrayLength());
        Assert.True(changed.GetProperty("items").GetArrayLength() <= all.GetProperty("items").GetArrayLength());
        Assert.All(changed.GetProperty("items").EnumerateArray(), i => Assert.True(
            i.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.String
            || Decimal(i, "delta") is { } d && d != 0
            || Text(i, "newGrade") != Text(i, "storedGrade")));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [SkippableTheory]
    [InlineData("rubric-a-project")]
    [InlineData("rubric-b-department")]
    [InlineData("rubric-c-self-evaluation")]
    public async Task EditorImpact_EqualsListRubricReportsAndCompare(string rubric)
    {
        ProviderSkip.IfUnavailable(_seeded);
        await _seeded.EnsureAsync();
        await using var scope = _seeded.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PerfEvalDbContext>();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var fin = await db.Organisations.SingleAsync(o => o.Code == "FIN");
        var admin = new UserContext("u-admin", "financeadmin", "陈管理", Roles.FinanceAdmin, fin.Id, fin.Code, fin.Name);
        var published = await scope.ServiceProvider.GetRequiredService<RuleSetStore>().ResolveAsync(rubric, 1, false, CancellationToken.None);
        // A draft that changes scores: every level-2 group of the first level-1 group loses its first indicator's points to the next.
        var definition = Rules.Definitions.RubricDefinition.FromWorkflowJson(published.Json);
        definition.GradeBands[0].Min = 95;
        definition.GradeBands[1].Max = 95;
        var draft = RuleSetLoader.Load(definition).GetOrThrow();

        var subjects = await mediator.Send(new ListRubricReports(admin, rubric, published.Definition.ReportKind));
        var expected = ImpactAnalysis.Compare(published, draft,
            subjects.Subjects.Select(s => s with { Options = s.Options is null ? new ScoreOptions { ReportKind = Kind(rubric) } : new ScoreOptions { Level1Weights = s.Options.Level1Weights, ReportKind = Kind(rubric) } }));
        var progress = new List<ImpactProgress>();
        var actual = await mediator.Send(new AnalyseRubricImpact(admin, rubric, published, draft, new SyncProgress(progress.Add)));

        Assert.Equal(subjects.PinnedRounds, actual.PinnedRounds);
        Assert.Equal(expected.Reports, actual.Result.Reports);
        Assert.True(expected.Reports >= 210);
        Assert.Equal(expected.ScoreChanged, actual.Result.ScoreChanged);
        Assert.Equal(expected.GradeChanged, actual.Result.GradeChanged);
        Assert.Equal(expected.Transitions, actual.Result.Transitions);
        Assert.Equal(expected.TopMovers.Select(m => Math.Abs(m.Delta)), actual.Result.TopMovers.Select(m => Math.Abs(m.Delta)));
        Assert.Equal(expected.Failures.Count, actual.Result.Failures.Count);
        Assert.Equal(progress[^1].Total, progress[^1].Done);
    }

    private static ReportKind Kind(string rubric) => rubric == "rubric-b-department" ? ReportKind.Department : ReportKind.Project;

    private static decimal? Decimal(JsonElement item, string name)
        => item.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDecimal() : null;

    private static string? Text(JsonElement item, string name)
        => item.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private sealed class SyncProgress(Action<ImpactProgress> report) : IProgress<ImpactProgress>
    {
        public void Report(ImpactProgress value) => report(value);
    }
}

/// <summary>A host whose database holds the 630 generated reports of <see cref="ImpactSeeds.SeedAsync"/> once asked.</summary>
public interface IImpactSeeded
{
    /// <summary>Seeds the reports on the first call.</summary>
    Task EnsureAsync();
}

/// <summary>The impact-equivalence fixtures: SQLite (a file database) and PostgreSQL.</summary>
public static class ImpactSeeds
{
    /// <summary>On a temporary SQLite file.</summary>
    public sealed class Sqlite() : PerfEvalFactory(fileDatabase: true), IImpactSeeded
    {
        private bool _done;

        public async Task EnsureAsync()
        {
            if (!_done)
            {
                await SeedAsync(this);
                _done = true;
            }
        }
    }

    /// <summary>On a fresh PostgreSQL database (tests skip when none is available).</summary>
    public sealed class Postgres : PostgresFactory, IImpactSeeded
    {
        private bool _done;

        public async Task EnsureAsync()
        {
            if (!_done)
            {
                await SeedAsync(this);
                _done = true;
            }
        }
    }

    /// <summary>630 generated reports: 210 per rubric, in rounds pinning A, B and C (C's rounds half with weights 40,10,40,10).</summary>
    public static async Task SeedAsync(PerfEvalFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PerfEvalDbContext>();
        var store = scope.ServiceProvider.GetRequiredService<RuleSetStore>();
        var units = await db.Organisations.Where(o => o.Kind == OrgKind.BudgetUnit).ToListAsync();
        var departments = await db.Organisations.Where(o => o.Kind == OrgKind.SupervisingDepartment).ToListAsync();
        var random = new Random(2026);
        foreach (var (rubric, kind, seed) in new[] { ("rubric-a-project", ReportKind.Project, 1), ("rubric-b-department", ReportKind.Department, 2), ("rubric-c-self-evaluation", ReportKind.Project, 3) })
        {
            var rs = await store.ResolveAsync(rubric, 1, allowDraft: false, CancellationToken.None);
            var rounds = Enumerable.Range(0, 2).Select(k => new EvaluationRound
            {
                Name = $"等价测试 {rubric} {k}", Kind = kind, Year = 2025, RuleSetId = rubric, RuleSetVersion = 1,
                Level1Weights = rubric == "rubric-c-self-evaluation" && k == 0 ? "40,10,40,10" : null,
                Deadline = new DateOnly(2027, 3, 31), WarningDays = 7, CreatedAtUtc = factory.Clock.GetUtcNow().UtcDateTime,
            }).ToList();
            db.Rounds.AddRange(rounds);
            var generator = new Random(seed);
            for (var n = 0; n < 210; n++)
            {
                var content = SampleReports.Generate(generator, rs.Definition);
                if (kind == ReportKind.Project)
                {
                    content.Department = null;
                }

                content.Basic.ProjectName = $"{rubric} 生成报告 {n:000}";
                var org = kind == ReportKind.Department ? departments[n % departments.Count] : units[n % units.Count];
                var report = new Report
                {
                    Kind = kind, OrgId = org.Id, RoundId = rounds[n % 2].Id, Content = content, Stage = n % 7 == 0 ? ReportStages.Accepted : ReportStages.Draft,
                    StageEnteredAtUtc = factory.Clock.GetUtcNow().UtcDateTime, CreatedAtUtc = factory.Clock.GetUtcNow().UtcDateTime, UpdatedAtUtc = factory.Clock.GetUtcNow().UtcDateTime,
                    ScoredTotal = n % 3 == 0 ? null : random.Next(40, 100), ScoredGrade = n % 3 == 0 ? null : "良", Version = 1,
                };
                report.SyncFromContent();
                db.Reports.Add(report);
            }
        }

        await db.SaveChangesAsync();

        // As a database upgraded across versions holds them: a third keep the JSON projection earlier builds wrote, a
        // third a binary one written with another model (refused, so scored from the whole form).
        var saved = db.ChangeTracker.Entries<Report>().Select(e => e.Entity).OrderBy(r => r.Id).ToList();
        for (var n = 0; n < saved.Count; n++)
        {
            if (n % 3 == 1)
            {
                saved[n].ScoringInput = ScoringInput.WriteUtf8(saved[n].Content);
            }
            else if (n % 3 == 2)
            {
                var otherModel = ScoringInput.Encode(saved[n].Content);
                otherModel[3] ^= 0xFF;
                saved[n].ScoringInput = otherModel;
            }
        }

        await db.SaveChangesAsync();
    }
}

/// <summary>Impact equivalence on SQLite.</summary>
public sealed class ImpactEquivalenceSqliteTests(ImpactSeeds.Sqlite seeded) : ImpactEquivalenceTests<ImpactSeeds.Sqlite>(seeded);

/// <summary>Impact equivalence on PostgreSQL: the stream there is Npgsql's.</summary>
public sealed class ImpactEquivalencePostgresTests(ImpactSeeds.Postgres seeded) : ImpactEquivalenceTests<ImpactSeeds.Postgres>(seeded);
