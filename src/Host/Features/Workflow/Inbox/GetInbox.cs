using PerfEval.Workflows.Runtime;

namespace PerfEval.Host.Features.Workflow.Inbox;

/// <summary>
/// What waits for the caller: reports of their organisations whose current stage has an action the caller's role at
/// the caller's org level may take. Most urgent first: overdue, then by due date, then by waiting time. Paged
/// (<see cref="Page"/> from 1, <see cref="PageSize"/> 1–500); <see cref="InboxSlice.Total"/> counts every waiting report.
/// </summary>
public sealed record GetInbox(UserContext User, Guid? RoundId, string? Stage, int Page = 1, int PageSize = GetInbox.DefaultPageSize) : IQuery<InboxSlice>
{
    /// <summary>Items per page when none is asked for.</summary>
    public const int DefaultPageSize = 100;
}

/// <summary>One page of the inbox.</summary>
public sealed record InboxSlice(IReadOnlyList<InboxItem> Items, int Page, int PageSize, int Total);

public sealed class GetInboxValidator : AbstractValidator<GetInbox>
{
    public GetInboxValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).WithMessage(InboxText.GetInboxValidator);
        RuleFor(q => q.PageSize).InclusiveBetween(1, 500).WithMessage(InboxText.GetInboxValidator2);
    }
}

/// <summary>One waiting task.</summary>
public sealed record InboxItem(
    Guid ReportId,
    string Title,
    ReportKind Kind,
    int Year,
    Guid OrgId,
    string OrgCode,
    string OrgName,
    Guid? RoundId,
    string? RoundName,
    string Stage,
    string StageLabel,
    DateTime StageEnteredAtUtc,
    DateTime? DueAtUtc,
    bool Overdue,
    double WaitingDays,
    int Version,
    IReadOnlyList<InboxAction> Actions)
{
    /// <summary>已退回: the report's last move sent it back to this stage.</summary>
    public bool Returned { get; init; }

    /// <summary>The returning opinion (退回意见), when <see cref="Returned"/>.</summary>
    public string? ReturnOpinion { get; init; }

    /// <summary>Who returned it (display name and role; "X 代 Y" for a delegate), when <see cref="Returned"/>.</summary>
    public string? ReturnedBy { get; init; }

    /// <summary>How many times the report was returned so far.</summary>
    public int ReturnCount { get; init; }

    /// <summary>截止日期 of the report's round (null without a round).</summary>
    public DateOnly? RoundDeadline { get; init; }

    /// <summary>代理审批: the login of the principal whose approval this item is (send it as <c>onBehalfOf</c>); null for one's own.</summary>
    public string? OnBehalfOf { get; init; }

    /// <summary>The principal's display name, for "代 Y".</summary>
    public string? OnBehalfOfDisplayName { get; init; }
}

/// <summary>An action the caller may take on the report.</summary>
public sealed record InboxAction(string Code, string Label, bool CommentRequired, bool ScoreRequired);

/// <summary>
/// The caller's actions are decided by role and organisation level only (the workflow's actor guards), so the database
/// narrows the reports to the stages where the role acts and the organisations at that level — with the indexes
/// (OrgId, Stage, StageEnteredAtUtc, Id) and (Stage, StageEnteredAtUtc, Id) — and pages them; the runner then confirms each
/// report of the page. When every definition in use gives each of those stages one due-day count, "most urgent first"
/// is the order of entry into the stage, which the database sorts; otherwise the candidates are sorted here.
/// </summary>
public sealed class GetInboxHandler(
    PerfEvalDbContext db, OrgScope scope, WorkflowCatalog catalog, ReportParticipants participants, Delegations.DelegationLookup delegations, TimeProvider clock,
    ReportCounts counts)
    : IQueryHandler<GetInbox, InboxSlice>
{
    public async ValueTask<InboxSlice> Handle(GetInbox query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var principals = await delegations.PrincipalsAsync(query.User, cancellationToken);
        if (principals.Count == 0)
        {
            return await ForAsync(query.User, query, cancellationToken);
        }

        // 代理审批: the caller's own waiting reports and the principals' (marked), paged together in one order. Each list is
        // read whole (a delegate's inbox is the few hundred reports of a handful of people), so the total, the order and
        // every page are exact; a report in several lists is listed once, as the caller's own first.
        var everything = query with { Page = 1, PageSize = int.MaxValue };
        var items = (await ForAsync(query.User, everything, cancellationToken)).Items.ToList();
        var seen = items.Select(i => i.ReportId).ToHashSet();
        foreach (var principal in principals)
        {
            var theirs = await ForAsync(principal, everything, cancellationToken);
            items.AddRange(theirs.Items.Where(i => seen.Add(i.ReportId))
                .Select(i => i with { OnBehalfOf = principal.UserName, OnBehalfOfDisplayName = principal.DisplayName }));
        }

        var page = items
            .OrderByDescending(i => i.Overdue)
            .ThenBy(i => i.DueAtUtc ?? DateTime.MaxValue)
            .ThenBy(i => i.StageEnteredAtUtc)
            .ThenBy(i => i.ReportId)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .ToList();
        return new InboxSlice(page, query.Page, query.PageSize, items.Count);
    }

    private async Task<InboxSlice> ForAsync(UserContext user, GetInbox query, CancellationToken cancellationToken)
    {
        var all = await scope.AllAsync(cancellationToken);
        var visible = await scope.VisibleOrgIdsAsync(user.OrgId, cancellationToken);

        // Every definition a report can run on: each stored version that is not a draft (a handful of rows).
        var definitions = await catalog.InUseAsync(clock.GetUtcNow().UtcDateTime, cancellationToken);

        // Stages where the caller's role acts, with the organisations whose reports the caller acts on there.
        var levels = new Dictionary<string, HashSet<OrgLevel>>(StringComparer.Ordinal);
        var dueDays = new Dictionary<string, HashSet<int?>>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            foreach (var stage in definition.Stages.Where(s => !s.Terminal))
            {
                foreach (var action in stage.Actions.Where(a => string.Equals(a.Role, user.Role, StringComparison.Ordinal)))
                {
                    (levels.TryGetValue(stage.Code, out var set) ? set : levels[stage.Code] = []).Add(action.OrgLevel);
                    (dueDays.TryGetValue(stage.Code, out var days) ? days : dueDays[stage.Code] = []).Add(stage.DueDays);
                }
            }
        }

        var stages = levels.Keys.Where(s => string.IsNullOrWhiteSpace(query.Stage) || s == query.Stage).ToList();
        // The database's answer is exact when every definition having one of these stages lets the role act there at the same level.
        var agree = definitions.All(d => stages.All(code => d.FindStage(code) is not { Terminal: false } stage
            || stage.Actions.Where(a => string.Equals(a.Role, user.Role, StringComparison.Ordinal)).Select(a => a.OrgLevel).ToHashSet().SetEquals(levels[code])));
        var orgs = new HashSet<Guid>();
        foreach (var level in levels.Where(l => stages.Contains(l.Key)).SelectMany(l => l.Value).Distinct())
        {
            orgs.UnionWith(level switch
            {
                OrgLevel.ReportUnit => [user.OrgId],
                OrgLevel.SupervisingDepartment => all.Where(o => o.ParentId == user.OrgId).Select(o => o.Id),
                _ => all.Any(o => o.Id == user.OrgId && o.ParentId == null && o.Kind == OrgKind.FinanceBureau) ? visible : [],
            });
        }

        orgs.IntersectWith(visible);
        if (stages.Count == 0 || orgs.Count == 0)
        {
            return new InboxSlice([], query.Page, query.PageSize, 0);
        }

        var everyOrg = all.All(o => orgs.Contains(o.Id));
        // One stage (every shipped role acts in one) and one organisation as equalities: PostgreSQL reads "= ANY(array)" with a
        // bitmap scan of every waiting report and sorts them all, where equalities read the page from the index in order.
        var single = stages.Count == 1 ? stages[0] : null;
        var reports = single is not null
            ? db.Reports.AsNoTracking().Where(r => r.Stage == single)
            : db.Reports.AsNoTracking().Where(r => stages.Contains(r.Stage));
        if (orgs.Count == 1 && !everyOrg)
        {
            var org = orgs.First();
            reports = reports.Where(r => r.OrgId == org);
        }
        else if (!everyOrg)
        {
            reports = reports.Where(r => orgs.Contains(r.OrgId));
        }

        if (query.RoundId is { } roundId)
        {
            reports = reports.Where(r => r.RoundId == roundId);
        }

        // One due-day count per stage (and every stage the same): urgency is the order of entry into the stage.
        var byEntry = agree && dueDays.Where(d => stages.Contains(d.Key)).SelectMany(d => d.Value).Distinct().Count() == 1
            && levels.Where(l => stages.Contains(l.Key)).All(l => l.Value.Count == 1);
        // The total of a page read in the database's order: kept while nothing changes, under everything that narrows it.
        var total = byEntry
            ? await counts.CountAsync(reports, $"inbox|{(everyOrg ? "*" : ReportCounts.KeyOf(orgs))}|{string.Join(',', stages.Order(StringComparer.Ordinal))}|{query.RoundId}", cancellationToken)
            : 0;
        var ordered = reports.OrderBy(r => r.StageEnteredAtUtc).ThenBy(r => r.Id);
        var page = byEntry ? ordered.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize) : ordered;
        var rows = await page.Select(r => new Candidate(
            r.Id, r.Title, r.Kind, r.Year, r.OrgId, r.Org!.Code, r.Org.Name, r.RoundId, r.Round != null ? r.Round.Name : null,
            r.Stage, r.StageEnteredAtUtc, r.WorkflowDefinitionId, r.WorkflowVersion, r.Version, r.ReturnCount,
            r.Round != null ? r.Round.Deadline : (DateOnly?)null)).ToListAsync(cancellationToken);

        var items = await ConfirmAsync(rows, user, definitions, cancellationToken);
        if (!byEntry)
        {
            total = items.Count;
            items = [.. items
                .OrderByDescending(i => i.Overdue)
                .ThenBy(i => i.DueAtUtc ?? DateTime.MaxValue)
                .ThenBy(i => i.StageEnteredAtUtc)
                .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)];
        }

        return new InboxSlice(items, query.Page, query.PageSize, total);
    }

    /// <summary>The runner's word on each candidate: the actions the caller may take (none: not in the inbox).</summary>
    /// <param name="rows">The candidates.</param>
    /// <param name="user">The caller.</param>
    /// <param name="stored">Every non-draft definition version, already read: a pinned report's is taken from them.</param>
    /// <param name="ct">Cancellation.</param>
    private async Task<List<InboxItem>> ConfirmAsync(List<Candidate> rows, UserContext user, IReadOnlyList<WorkflowDefinition> stored, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var actor = ReportParticipants.Actor(user);
        var items = new List<InboxItem>(rows.Count);
        var lastMoves = await LastMovesAsync([.. rows.Where(r => r.ReturnCount > 0).Select(r => r.Id)], ct);
        var definitions = new ReportDefinitions(catalog, stored);
        var answers = new Dictionary<(string, int, string, ReportParties), List<InboxAction>>();
        foreach (var r in rows)
        {
            var definition = await definitions.ForAsync(r.WorkflowDefinitionId, r.WorkflowVersion, r.Kind, ct);
            var stage = definition.FindStage(r.Stage);
            if (stage is null || stage.Terminal)
            {
                continue;
            }

            // The runner's answer depends on the definition, the stage and the report's parties alone (the actor is the
            // caller's): reports of one organisation at one stage share it, so a preparer's page asks once, not fifty times.
            var parties = await participants.PartiesAsync(r.OrgId, ct);
            var asked = (definition.Id, definition.Version, r.Stage, parties);
            if (!answers.TryGetValue(asked, out var allowed))
            {
                allowed = answers[asked] = [.. WorkflowRunner.GetActions(definition, new WorkflowContext(r.Stage, actor, parties)).Allowed
                    .Select(a => new InboxAction(a.Code, a.Label, a.CommentRequired, a.ScoreRequired))];
            }

            if (allowed.Count == 0)
            {
                continue;
            }

            var due = stage.DueDays is { } days ? r.StageEnteredAtUtc.AddDays(days) : (DateTime?)null;
            items.Add(new InboxItem(
                r.Id, r.Title, r.Kind, r.Year, r.OrgId, r.OrgCode, r.OrgName, r.RoundId, r.RoundName, r.Stage, stage.Label, r.StageEnteredAtUtc,
                due, due is { } d && now > d, Math.Round((now - r.StageEnteredAtUtc).TotalDays, 1), r.Version, allowed)
            {
                ReturnCount = r.ReturnCount,
                RoundDeadline = r.RoundDeadline,
            }.WithReturn(lastMoves.GetValueOrDefault(r.Id), definition));
        }

        return items;
    }

    /// <summary>The last stage-changing history row of each report (only reports ever returned are asked for).</summary>
    private async Task<Dictionary<Guid, ReportHistoryEntry>> LastMovesAsync(List<Guid> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var rows = await db.ReportHistory.AsNoTracking()
            .Where(h => ids.Contains(h.ReportId) && h.FromStage != h.ToStage
                && h.Seq == db.ReportHistory.Where(x => x.ReportId == h.ReportId && x.FromStage != x.ToStage).Max(x => x.Seq))
            .ToListAsync(ct);
        return rows.ToDictionary(h => h.ReportId);
    }

    private sealed record Candidate(
        Guid Id, string Title, ReportKind Kind, int Year, Guid OrgId, string OrgCode, string OrgName, Guid? RoundId, string? RoundName,
        string Stage, DateTime StageEnteredAtUtc, string? WorkflowDefinitionId, int? WorkflowVersion, int Version, int ReturnCount, DateOnly? RoundDeadline);
}

internal static class InboxReturns
{
    /// <summary>Marks the item 已退回 when the report's last move sent it back to its stage (a return, or a move down the ladder).</summary>
    public static InboxItem WithReturn(this InboxItem item, ReportHistoryEntry? last, WorkflowDefinition definition)
    {
        if (last is null || last.ToStage != item.Stage)
        {
            return item;
        }

        var ladder = definition.Stages.Select(s => s.Code).ToList();
        var back = last.Action == ActionCodes.Return || ladder.IndexOf(last.ToStage) < ladder.IndexOf(last.FromStage);
        if (!back)
        {
            return item;
        }

        var who = last.OnBehalfOfDisplayName is { } p ? InboxText.FormatGetInboxWithReturn(last.ActorDisplayName, p) : last.ActorDisplayName;
        return item with { Returned = true, ReturnOpinion = last.Comment, ReturnedBy = $"{who}（{Roles.Label(last.ActorRole)}，{last.ActorOrgName}）" };
    }
}
