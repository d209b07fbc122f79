using Microsoft.AspNetCore.Identity;

namespace PerfEval.Host.DemoData;

/// <summary>Loads the demo organisations, users, rounds and the three seed reports into an empty database.</summary>
internal sealed class DemoDataTask(IOptions<DemoSettings> settings, IHostEnvironment environment, TimeProvider clock, ILogger<DemoDataTask> logger) : IStartupTask
{
    public int Order => 100;

    /// <summary>Both demo rounds pin rubric C (self-evaluation by the report's own indicator table), version 1.</summary>
    internal const string DemoRubricId = "rubric-c-self-evaluation";

    /// <summary>The demo department round pins rubric B (部门整体支出), version 1.</summary>
    internal const string DemoDepartmentRubricId = "rubric-b-department";

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (!settings.Value.Enabled)
        {
            return;
        }

        if (!environment.IsDevelopment() && !settings.Value.AllowOutsideDevelopment)
        {
            throw new InvalidOperationException(
                "Demo data (users with a published password) is enabled outside Development. "
                + "Set Demo__Enabled=false for a real installation, or Demo__AllowOutsideDevelopment=true for a demo server.");
        }

        var db = services.GetRequiredService<PerfEvalDbContext>();
        if (await db.Organisations.AnyAsync(cancellationToken))
        {
            return;
        }

        logger.LogInformation("Empty database: loading demo organisations, users and reports.");
        var orgs = new Dictionary<string, Organisation>(StringComparer.Ordinal);
        foreach (var o in DemoOrganisations.Orgs)
        {
            var org = new Organisation { Code = o.Code, Name = o.Name, Kind = o.Kind, ParentId = o.Parent is null ? null : orgs[o.Parent].Id };
            orgs[o.Code] = org;
            db.Organisations.Add(org);
        }

        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var history = new EvaluationRound
        {
            Name = "历年项目支出绩效自评（示例数据）", Kind = ReportKind.Project, Year = 2020,
            Deadline = new DateOnly(2021, 10, 31), WarningDays = 14, Status = RoundStatus.Closed, CreatedAtUtc = now.UtcDateTime,
            // Rubric C with the weights these reports were scored with (产出 40, 预算执行率 10, 效益 40, 满意度 10).
            RuleSetId = DemoRubricId, RuleSetVersion = 1, Level1Weights = "40,10,40,10",
        };
        var current = new EvaluationRound
        {
            Name = $"{today.Year - 1}年度项目支出绩效自评", Kind = ReportKind.Project, Year = today.Year - 1,
            Deadline = today.AddDays(30), WarningDays = 14, Status = RoundStatus.Open, CreatedAtUtc = now.UtcDateTime,
            RuleSetId = DemoRubricId, RuleSetVersion = 1,
        };
        // The department-overall reports of the same year run in their own round on rubric B (a rubric scores one kind).
        var departments = new EvaluationRound
        {
            Name = $"{today.Year - 1}年度部门整体支出绩效自评", Kind = ReportKind.Department, Year = today.Year - 1,
            Deadline = today.AddDays(30), WarningDays = 14, Status = RoundStatus.Open, CreatedAtUtc = now.UtcDateTime,
            RuleSetId = DemoDepartmentRubricId, RuleSetVersion = 1,
        };
        db.Rounds.AddRange(history, current, departments);

        foreach (var (file, orgCode) in DemoOrganisations.SeedReports)
        {
            var seed = ReadSeed(file);
            var report = NewReport(seed.Kind, seed.Content, orgs[orgCode].Id, history.Id, now.UtcDateTime);
            report.Stage = ReportStages.Accepted;
            db.Reports.Add(report);
        }

        foreach (var (orgCode, project) in DemoOrganisations.CurrentProjects)
        {
            var org = orgs[orgCode];
            var content = new ReportDocument
            {
                Basic = new BasicFacts
                {
                    ProjectName = project, UnitName = org.Name, Year = current.Year,
                    SupervisingDepartment = DemoOrganisations.Orgs.Single(o => o.Code == orgCode).Parent is { } p ? orgs[p].Name : null,
                    EvaluationType = EvaluationType.Posterior, EvaluationMethod = "部门（单位）绩效自评", EvaluationBody = "部门（单位）评价组",
                    IssuingFinanceBureau = orgs["FIN"].Name,
                },
            };
            var draft = NewReport(ReportKind.Project, content, org.Id, current.Id, now.UtcDateTime);
            db.Reports.Add(draft);
            // Recorded as the round's targets, so opening the demo round again through the API adds no duplicates.
            db.RoundTargets.Add(new RoundTarget { RoundId = current.Id, OrgId = org.Id, ProjectName = project, ReportId = draft.Id });
        }

        var (deptCode, deptTitle) = DemoOrganisations.CurrentDepartmentReport;
        var dept = orgs[deptCode];
        var deptContent = new ReportDocument
        {
            Basic = new BasicFacts
            {
                ProjectName = deptTitle, UnitName = dept.Name, Year = departments.Year, EvaluationType = EvaluationType.Posterior,
                EvaluationMethod = "部门整体支出绩效自评", EvaluationBody = "部门评价组", IssuingFinanceBureau = orgs["FIN"].Name,
            },
            Department = new DepartmentSection(),
        };
        var deptDraft = NewReport(ReportKind.Department, deptContent, dept.Id, departments.Id, now.UtcDateTime);
        db.Reports.Add(deptDraft);
        db.RoundTargets.Add(new RoundTarget { RoundId = departments.Id, OrgId = dept.Id, ProjectName = deptTitle, ReportId = deptDraft.Id });

        await db.SaveChangesAsync(cancellationToken);

        var users = services.GetRequiredService<UserManager<AppUser>>();
        foreach (var u in DemoOrganisations.Users)
        {
            var user = new AppUser { UserName = u.UserName, DisplayName = u.DisplayName, OrgId = orgs[u.OrgCode].Id, EmailConfirmed = true };
            Check(await users.CreateAsync(user, DemoSettings.Password), u.UserName);
            Check(await users.AddToRoleAsync(user, u.Role), u.UserName);
        }
    }

    private static Report NewReport(ReportKind kind, ReportDocument content, Guid orgId, Guid roundId, DateTime now)
    {
        var report = new Report
        {
            Kind = kind, Content = content, OrgId = orgId, RoundId = roundId, Version = 1,
            StageEnteredAtUtc = now, CreatedAtUtc = now, UpdatedAtUtc = now, CreatedBy = "demo", UpdatedBy = "demo",
        };
        report.SyncFromContent();
        return report;
    }

    internal sealed record SeedFile(ReportKind Kind, ReportDocument Content);

    internal static SeedFile ReadSeed(string file)
    {
        using var stream = typeof(DemoDataTask).Assembly.GetManifestResourceStream($"PerfEval.Seeds.{file}")
            ?? throw new InvalidOperationException($"Seed report {file} is not embedded.");
        return JsonSerializer.Deserialize<SeedFile>(stream, JsonDefaults.Options)
            ?? throw new InvalidOperationException($"Seed report {file} is empty.");
    }

    private static void Check(IdentityResult result, string who)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo user {who}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
