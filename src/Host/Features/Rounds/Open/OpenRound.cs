using PerfEval.Host.Features.RuleSets;
using PerfEval.Host.Features.Scoring;
using PerfEval.Host.Features.Workflow;
using PerfEval.Host.Features.Workflow.Definitions;
using PerfEval.Host.Features.Workflow.Designer;

namespace PerfEval.Host.Features.Rounds.Open;

/// <summary>A unit the round covers, with its projects (project rounds; none for a department round).</summary>
public sealed record RoundUnitInput(Guid OrgId, IReadOnlyList<string>? Projects);

/// <summary>
/// Opens an evaluation round (自评任务) and creates one draft report per target, in one transaction.
/// Idempotent: a round with the same <see cref="Id"/>, or else the same name and year, is reused and only
/// targets it does not have yet get a report; the round's own settings are not changed by a second call.
/// The round pins the workflow definition version its reports start on: <see cref="WorkflowDefinitionId"/> /
/// <see cref="WorkflowVersion"/> when given (a published version of a definition for the round's report kind; a draft or
/// retired one is refused), else the latest published version for the kind (none published: no pin).
/// </summary>
[AuthorizeRoles(Roles.FinanceAdmin)]
public sealed record OpenRound(
    UserContext User, Guid? Id, string Name, ReportKind Kind, int? Year, string? RuleSetId, int? RuleSetVersion,
    IReadOnlyList<RoundUnitInput> Units, DateOnly Deadline, int WarningDays, IReadOnlyList<decimal>? Level1Weights = null,
    string? WorkflowDefinitionId = null, int? WorkflowVersion = null) : ICommand<OpenRoundResult>, IUserMessage
{
    /// <summary>The budget year evaluated: as given, else the year before the deadline's (自评 looks back at last year).</summary>
    public int EffectiveYear => Year ?? Deadline.Year - 1;
}

public sealed class OpenRoundValidator : AbstractValidator<OpenRound>
{
    public OpenRoundValidator()
    {
        RuleFor(c => c.Name).NotEmpty().WithMessage(RoundText.OpenRoundValidator).MaximumLength(200);
        RuleFor(c => c.Kind).IsInEnum();
        RuleFor(c => c.Year).InclusiveBetween(2000, 2100).When(c => c.Year is not null);
        RuleFor(c => c.RuleSetId).MaximumLength(100);
        RuleFor(c => c.RuleSetVersion).GreaterThan(0).When(c => c.RuleSetVersion is not null);
        RuleFor(c => c.WorkflowDefinitionId).MaximumLength(100).WithName("workflowDefinitionId");
        RuleFor(c => c.WorkflowVersion).GreaterThan(0).When(c => c.WorkflowVersion is not null).WithName("workflowVersion");
        RuleFor(c => c.Deadline).NotEqual(default(DateOnly)).WithMessage(RoundText.OpenRoundValidator2);
        RuleFor(c => c.WarningDays).InclusiveBetween(0, 365).WithMessage(RoundText.OpenRoundValidator3);
        RuleFor(c => c.Units).NotEmpty().WithMessage(RoundText.OpenRoundValidator4);
        RuleForEach(c => c.Units).NotNull().WithMessage(RoundText.OpenRoundValidator5);
        RuleFor(c => c.Units).Must(u => u.Select(x => x.OrgId).Distinct().Count() == u.Count)
            .When(c => c.Units is not null && c.Units.All(u => u is not null)).WithMessage(RoundText.OpenRoundValidator6);
        RuleForEach(c => c.Units).ChildRules(unit =>
        {
            unit.RuleFor(u => u.OrgId).NotEmpty().WithMessage(RoundText.OpenRoundValidator7);
        });
        RuleForEach(c => c.Units).Must(u => u is null || u.Projects is { Count: > 0 } && u.Projects.All(p => !string.IsNullOrWhiteSpace(p) && p.Trim().Length <= 300)
                && u.Projects.Select(p => p.Trim()).Distinct(StringComparer.Ordinal).Count() == u.Projects.Count)
            .When(c => c.Kind == ReportKind.Project)
            .WithMessage(RoundText.OpenRoundValidator8);
        RuleForEach(c => c.Units).Must(u => u?.Projects is null || u.Projects.Count == 0)
            .When(c => c.Kind == ReportKind.Department)
            .WithMessage(RoundText.OpenRoundValidator9);
    }
}

public sealed class OpenRoundHandler(
    PerfEvalDbContext db, RoundQueries queries, RuleSetStore ruleSets, WorkflowCatalog workflows, TimeProvider clock, ILogger<OpenRoundHandler> logger)
    : ICommandHandler<OpenRound, OpenRoundResult>
{
    public async ValueTask<OpenRoundResult> Handle(OpenRound command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);

        await CheckRubricAsync(command, cancellationToken);
        var workflow = await WorkflowPinAsync(command, cancellationToken);
        try
        {
            return await OpenAsync(command, workflow, cancellationToken);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // Someone opened the same round (or added the same target) at the same moment: their transaction won,
            // ours rolled back whole. Run again: it now finds their rows and adds only what is still missing.
            logger.LogInformation("Concurrent opening of round {Name}; retrying against the winner's rows.", command.Name);
            db.ChangeTracker.Clear();
            return await OpenAsync(command, workflow, cancellationToken);
        }
    }

    private async Task<OpenRoundResult> OpenAsync(OpenRound command, (string Id, int Version)? workflow, CancellationToken ct)
    {
        var orgs = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, ct);
        CheckUnits(command, orgs);
        var name = command.Name.Trim();
        var year = command.EffectiveYear;
        var round = command.Id is { } id
            ? await db.Rounds.Include(r => r.Targets).FirstOrDefaultAsync(r => r.Id == id, ct)
            : null;
        round ??= await db.Rounds.Include(r => r.Targets).FirstOrDefaultAsync(r => r.Name == name && r.Year == year, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var created = round is null;
        if (round is null)
        {
            round = new EvaluationRound
            {
                Id = command.Id ?? Guid.NewGuid(), Name = name, Kind = command.Kind, Year = year,
                RuleSetId = command.RuleSetId, RuleSetVersion = command.RuleSetVersion, Level1Weights = RoundWeights.Format(command.Level1Weights),
                WorkflowDefinitionId = workflow?.Id, WorkflowVersion = workflow?.Version,
                Deadline = command.Deadline, WarningDays = command.WarningDays, Status = RoundStatus.Open, CreatedAtUtc = now,
            };
            db.Rounds.Add(round);
        }
        else if (round.Name != name || round.Year != year || round.Kind != command.Kind)
        {
            throw new ConflictException(RoundText.FormatOpenRoundOpenAsync(round.Name, round.Year, round.Kind));
        }

        var missing = command.Units
            .SelectMany(u => Targets(command.Kind, u))
            .Where(t => !round.Targets.Any(x => x.OrgId == t.OrgId && x.ProjectName == t.Project))
            .ToList();
        if (missing.Count > 0 && !round.IsOpen)
        {
            throw new ConflictException(RoundText.FormatOpenRoundOpenAsync2(round.Name));
        }

        var bureau = orgs.Values.FirstOrDefault(o => o.Kind == OrgKind.FinanceBureau);
        var reportIds = new List<Guid>(missing.Count);
        foreach (var (orgId, project) in missing)
        {
            var report = NewDraft(round, orgs[orgId], project, orgs, bureau, command.User.UserName, now);
            db.Reports.Add(report);
            // Added explicitly: a client-generated key on an entity reached through a tracked round would be taken for an update.
            db.RoundTargets.Add(new RoundTarget { RoundId = round.Id, OrgId = orgId, ProjectName = project, ReportId = report.Id });
            reportIds.Add(report.Id);
        }

        // One SaveChanges = one transaction: the round, its targets and their reports appear together or not at all.
        await db.SaveChangesAsync(ct);
        if (created || reportIds.Count > 0)
        {
            logger.LogInformation("Round {Round} ({Id}): {Count} draft reports created.", round.Name, round.Id, reportIds.Count);
        }

        return new OpenRoundResult(created, reportIds, await queries.GetAsync(command.User, round.Id, ct));
    }

    /// <summary>
    /// The pinned rubric must be a published version of a scoring rule set (a draft or retired one is refused), and
    /// level-1 weights need a pinned rubric, one weight per level-1 group, summing to 100.
    /// </summary>
    private async Task CheckRubricAsync(OpenRound command, CancellationToken ct)
    {
        if (command.RuleSetId is null)
        {
            if (command.Level1Weights is { Count: > 0 })
            {
                throw new BadInputException("level1Weights", RoundText.OpenRoundCheckRubricAsync);
            }

            return;
        }

        Rules.Loading.LoadedRuleSet loaded;
        try
        {
            loaded = await ruleSets.ResolveAsync(command.RuleSetId, command.RuleSetVersion, allowDraft: false, ct);
        }
        catch (NotFoundException e)
        {
            throw new BadInputException(command.RuleSetVersion is null ? "ruleSetId" : "ruleSetVersion", e.Message);
        }
        catch (ConflictException e)
        {
            throw new BadInputException("ruleSetVersion", e.Message);
        }

        if (command.RuleSetVersion is { } v && (await ruleSets.GetRowAsync(command.RuleSetId, v, ct)).Status != RuleSetStatus.Published)
        {
            throw new BadInputException("ruleSetVersion", RoundText.FormatOpenRoundCheckRubricAsync2(command.RuleSetId, v));
        }

        if (loaded.Kind != RubricKind.Scoring)
        {
            throw new BadInputException("ruleSetId", RoundText.FormatOpenRoundCheckRubricAsync3(command.RuleSetId));
        }

        if (command.Level1Weights is { Count: > 0 } weights)
        {
            var groups = loaded.Definition.Groups;
            if (weights.Count != groups.Count || weights.Any(w => w < 0) || weights.Sum() != 100m)
            {
                throw new BadInputException("level1Weights",
                    RoundText.FormatOpenRoundCheckRubricAsync4(groups.Count, string.Join("、", groups.Select(g => g.Name)), RoundWeights.Format(weights)));
            }
        }
    }

    /// <summary>
    /// The workflow version the round pins: the one asked for (a published version of a definition for the round's kind;
    /// 400 naming the field otherwise), else the latest published for the kind; null when none is published yet.
    /// </summary>
    private async Task<(string Id, int Version)?> WorkflowPinAsync(OpenRound command, CancellationToken ct)
    {
        var kind = WorkflowCatalog.KindCode(command.Kind);
        if (command.WorkflowDefinitionId is null && command.WorkflowVersion is null)
        {
            try
            {
                var latest = await workflows.ForNewReportAsync(command.Kind, ct);
                return (latest.Id, latest.Version);
            }
            catch (ConflictException)
            {
                return null; // nothing published for the kind: reports start on what is published when they are created
            }
        }

        string id;
        if (command.WorkflowDefinitionId is { } given)
        {
            id = given;
        }
        else
        {
            try
            {
                id = (await workflows.ForNewReportAsync(command.Kind, ct)).Id;
            }
            catch (ConflictException e)
            {
                throw new BadInputException("workflowDefinitionId", e.Message);
            }
        }

        var rows = await db.WorkflowDefinitions.AsNoTracking().Where(d => d.DefinitionId == id)
            .Select(d => new { d.Version, d.Status, d.ReportKind }).ToListAsync(ct);
        if (rows.Count == 0)
        {
            throw new BadInputException("workflowDefinitionId", DesignerText.FormatNotFound(id));
        }

        if (rows[0].ReportKind != kind)
        {
            throw new BadInputException("workflowDefinitionId", WorkflowVersionText.FormatWrongKind(id, rows[0].ReportKind, kind));
        }

        if (command.WorkflowVersion is not { } version)
        {
            var latest = rows.Where(r => r.Status == DefinitionStatus.Published).OrderByDescending(r => r.Version).FirstOrDefault()
                ?? throw new BadInputException("workflowDefinitionId", WorkflowVersionText.FormatNoPublished(id));
            return (id, latest.Version);
        }

        var row = rows.FirstOrDefault(r => r.Version == version)
            ?? throw new BadInputException("workflowVersion", WorkflowVersionText.FormatNotFound(id, version));
        if (row.Status != DefinitionStatus.Published)
        {
            throw new BadInputException("workflowVersion", WorkflowVersionText.NotPublishedForRound(id, version, row.Status));
        }

        return (id, version);
    }

    private static void CheckUnits(OpenRound command, Dictionary<Guid, Organisation> orgs)
    {
        for (var i = 0; i < command.Units.Count; i++)
        {
            var field = $"units[{i}].orgId";
            if (!orgs.TryGetValue(command.Units[i].OrgId, out var org))
            {
                throw new BadInputException(field, RoundText.FormatOpenRoundCheckUnits(command.Units[i].OrgId));
            }

            if (command.Kind == ReportKind.Department && org.Kind != OrgKind.SupervisingDepartment)
            {
                throw new BadInputException(field, RoundText.FormatOpenRoundCheckUnits2(org.Name));
            }

            if (command.Kind == ReportKind.Project && org.Kind == OrgKind.FinanceBureau)
            {
                throw new BadInputException(field, RoundText.OpenRoundCheckUnits3);
            }
        }
    }

    private static IEnumerable<(Guid OrgId, string Project)> Targets(ReportKind kind, RoundUnitInput unit)
        => kind == ReportKind.Department
            ? [(unit.OrgId, "")]
            : unit.Projects!.Select(p => (unit.OrgId, p.Trim()));

    private static Report NewDraft(
        EvaluationRound round, Organisation org, string project, Dictionary<Guid, Organisation> orgs, Organisation? bureau, string userName, DateTime now)
    {
        var parent = org.ParentId is { } p && orgs.TryGetValue(p, out var po) ? po : null;
        var content = new ReportDocument
        {
            Basic = new BasicFacts
            {
                ProjectName = round.Kind == ReportKind.Department ? RoundText.FormatOpenRoundNewDraft(org.Name) : project,
                UnitName = org.Name,
                Year = round.Year,
                SupervisingDepartment = round.Kind == ReportKind.Department ? org.Name
                    : parent?.Kind == OrgKind.SupervisingDepartment ? parent.Name : null,
                EvaluationType = EvaluationType.Posterior,
                IssuingFinanceBureau = bureau?.Name,
            },
            // A department-overall report must carry its department section from the start.
            Department = round.Kind == ReportKind.Department ? new DepartmentSection() : null,
        };
        var report = new Report
        {
            Kind = round.Kind, OrgId = org.Id, RoundId = round.Id, Content = content, Stage = ReportStages.Draft,
            StageEnteredAtUtc = now, Version = 1, CreatedAtUtc = now, UpdatedAtUtc = now, CreatedBy = userName, UpdatedBy = userName,
        };
        report.SyncFromContent();
        return report;
    }
}
