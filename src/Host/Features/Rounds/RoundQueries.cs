namespace PerfEval.Host.Features.Rounds;

/// <summary>Builds round DTOs restricted to what a user may see (their organisation and below).</summary>
public sealed class RoundQueries(PerfEvalDbContext db, OrgScope scope)
{
    /// <summary>Rounds that touch at least one visible organisation (a target or a report there).</summary>
    public async Task<IReadOnlyList<RoundSummary>> ListAsync(UserContext user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var visible = (await scope.VisibleOrgIdsAsync(user.OrgId, ct)).ToList();
        var rounds = await db.Rounds.AsNoTracking()
            .Where(r => r.Targets.Any(t => visible.Contains(t.OrgId)) || db.Reports.Any(p => p.RoundId == r.Id && visible.Contains(p.OrgId)))
            .ToListAsync(ct);
        var ids = rounds.Select(r => r.Id).ToList();
        var counts = await db.Reports.AsNoTracking()
            .Where(p => p.RoundId != null && ids.Contains(p.RoundId.Value) && visible.Contains(p.OrgId))
            .GroupBy(p => p.RoundId!.Value)
            .Select(g => new { Id = g.Key, Total = g.Count(), Submitted = g.Count(p => p.Stage != ReportStages.Draft) })
            .ToDictionaryAsync(x => x.Id, ct);
        var names = await RubricNamesAsync(rounds, ct);
        var flows = await WorkflowNamesAsync(rounds, ct);
        return rounds
            .OrderByDescending(r => r.Deadline).ThenBy(r => r.Name, StringComparer.Ordinal)
            .Select(r => Summary(r, counts.TryGetValue(r.Id, out var c) ? c.Total : 0, c?.Submitted ?? 0, names, flows))
            .ToList();
    }

    /// <summary>One round; 404 when it does not exist or touches no visible organisation.</summary>
    public async Task<RoundDetail> GetAsync(UserContext user, Guid id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var visible = await scope.VisibleOrgIdsAsync(user.OrgId, ct);
        var round = await db.Rounds.AsNoTracking().Include(r => r.Targets).FirstOrDefaultAsync(r => r.Id == id, ct);
        var orgs = (await scope.AllAsync(ct)).ToDictionary(o => o.Id);
        var reports = round is null ? [] : await db.Reports.AsNoTracking()
            .Where(p => p.RoundId == id)
            .Select(p => new { p.Id, p.OrgId, p.Title, p.Stage })
            .ToListAsync(ct);
        var targets = round?.Targets.Where(t => visible.Contains(t.OrgId)).ToList() ?? [];
        var mine = reports.Where(p => visible.Contains(p.OrgId)).ToList();
        if (round is null || (targets.Count == 0 && mine.Count == 0))
        {
            throw new NotFoundException(RoundText.FormatRoundQueriesGetAsync(id));
        }

        var summary = Summary(round, mine.Count, mine.Count(p => p.Stage != ReportStages.Draft), await RubricNamesAsync([round], ct), await WorkflowNamesAsync([round], ct));
        return new RoundDetail(
            summary,
            targets
                .OrderBy(t => orgs[t.OrgId].Code, StringComparer.Ordinal).ThenBy(t => t.ProjectName, StringComparer.Ordinal)
                .Select(t => new RoundTargetDto(t.OrgId, orgs[t.OrgId].Code, orgs[t.OrgId].Name, t.ProjectName.Length == 0 ? null : t.ProjectName, t.ReportId))
                .ToList(),
            mine
                .OrderBy(p => orgs[p.OrgId].Code, StringComparer.Ordinal).ThenBy(p => p.Title, StringComparer.Ordinal)
                .Select(p => new RoundReportDto(p.Id, p.OrgId, orgs[p.OrgId].Code, p.Title, p.Stage, ReportStages.Label(p.Stage)))
                .ToList());
    }

    /// <summary>The name of each pinned rubric version (id, version → 名称), so rounds show names rather than ids.</summary>
    private Task<Dictionary<(string, int), string>> RubricNamesAsync(IReadOnlyCollection<EvaluationRound> rounds, CancellationToken ct) =>
        NamesAsync(db.RuleSets.Select(v => new VersionName { Id = v.RuleSetId, Version = v.Version, Name = v.Name }), rounds.Select(r => r.RuleSetId), ct);

    /// <summary>The name of each pinned workflow definition version (id, version → 名称).</summary>
    private Task<Dictionary<(string, int), string>> WorkflowNamesAsync(IReadOnlyCollection<EvaluationRound> rounds, CancellationToken ct) =>
        NamesAsync(db.WorkflowDefinitions.Select(d => new VersionName { Id = d.DefinitionId, Version = d.Version, Name = d.Name }), rounds.Select(r => r.WorkflowDefinitionId), ct);

    /// <summary>The versions of the pinned ids (none pinned: no query).</summary>
    private static async Task<Dictionary<(string, int), string>> NamesAsync(IQueryable<VersionName> versions, IEnumerable<string?> pinned, CancellationToken ct)
    {
        var ids = pinned.OfType<string>().Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var rows = await versions.Where(v => ids.Contains(v.Id)).ToListAsync(ct);
        return rows.ToDictionary(v => (v.Id, v.Version), v => v.Name);
    }

    /// <summary>A version's key and name, as both versioned tables (rule sets, workflow definitions) project it.</summary>
    private sealed class VersionName
    {
        public required string Id { get; init; }

        public required int Version { get; init; }

        public required string Name { get; init; }
    }

    private static RoundSummary Summary(
        EvaluationRound r, int total, int submitted, Dictionary<(string, int), string> names, Dictionary<(string, int), string> flows) => new(
        r.Id, r.Name, r.Kind, r.Year, r.RuleSetId, r.RuleSetVersion, r.Deadline, r.WarningDays, r.Status, r.CreatedAtUtc, r.ClosedAtUtc,
        total, submitted, r.Level1Weights)
    {
        RuleSetName = r.RuleSetId is { } id && r.RuleSetVersion is { } v ? names.GetValueOrDefault((id, v)) : null,
        WorkflowDefinitionId = r.WorkflowDefinitionId,
        WorkflowVersion = r.WorkflowVersion,
        WorkflowName = r.WorkflowDefinitionId is { } w && r.WorkflowVersion is { } wv ? flows.GetValueOrDefault((w, wv)) : null,
    };
}
