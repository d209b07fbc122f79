namespace PerfEval.Host.Features.Workflow.History;

/// <summary>The workflow steps of a report, oldest first; 404 outside the caller's organisations.</summary>
public sealed record GetReportHistory(UserContext User, Guid ReportId) : IQuery<IReadOnlyList<HistoryItem>>;

/// <summary>One step as the API shows it.</summary>
public sealed record HistoryItem(
    int Seq,
    DateTime AtUtc,
    string ActorUserName,
    string ActorDisplayName,
    string ActorRole,
    string ActorRoleLabel,
    string ActorOrgName,
    string Action,
    string ActionLabel,
    string FromStage,
    string FromStageLabel,
    string ToStage,
    string ToStageLabel,
    string? Comment,
    decimal? ReviewedScore,
    decimal? RuleSetScore,
    string DefinitionId,
    int DefinitionVersion,
    int ReportVersion,
    string? OnBehalfOfUserName = null,
    string? OnBehalfOfDisplayName = null)
{
    /// <summary>Who acted as shown: "X 代 Y" when a delegate acted for a principal, else the display name; with the role.</summary>
    public string ActorLabel => (OnBehalfOfDisplayName is { } p ? WorkflowMessageText.FormatGetReportHistoryActorLabel(ActorDisplayName, p) : ActorDisplayName) + $"（{ActorRoleLabel}）";
}

public sealed class GetReportHistoryHandler(PerfEvalDbContext db, ReportAccess access, WorkflowCatalog catalog) : IQueryHandler<GetReportHistory, IReadOnlyList<HistoryItem>>
{
    public async ValueTask<IReadOnlyList<HistoryItem>> Handle(GetReportHistory query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await access.GetVisibleAsync(query.User, query.ReportId, cancellationToken);
        var rows = await db.ReportHistory.AsNoTracking().Where(h => h.ReportId == query.ReportId).OrderBy(h => h.Seq).ToListAsync(cancellationToken);
        // Stage labels come from the definition version each step ran on.
        var definitions = new Dictionary<(string, int), WorkflowDefinition>();
        foreach (var key in rows.Select(h => (h.DefinitionId, h.DefinitionVersion)).Where(k => k.DefinitionVersion > 0).Distinct())
        {
            definitions[key] = await catalog.GetAsync(key.DefinitionId, key.DefinitionVersion, cancellationToken);
        }

        // Review steps of a report not yet pinned carry no definition: their stage label is the shipped one.
        string Label(ReportHistoryEntry h, string stage) => definitions.TryGetValue((h.DefinitionId, h.DefinitionVersion), out var d)
            ? d.FindStage(stage)?.Label ?? stage : ReportStages.Label(stage);
        return rows.Select(h => new HistoryItem(
            h.Seq, h.AtUtc, h.ActorUserName, h.ActorDisplayName, h.ActorRole, Roles.Label(h.ActorRole), h.ActorOrgName,
            h.Action, h.ActionLabel, h.FromStage, Label(h, h.FromStage), h.ToStage, Label(h, h.ToStage),
            h.Comment, h.ReviewedScore, h.RuleSetScore, h.DefinitionId, h.DefinitionVersion, h.ReportVersion,
            h.OnBehalfOfUserName, h.OnBehalfOfDisplayName)).ToList();
    }
}
