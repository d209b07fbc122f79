namespace PerfEval.Host.Features.Workflow;

/// <summary>
/// Published after a workflow step is committed (reminders and the UI subscribe). <paramref name="FromStage"/>
/// equals <paramref name="ToStage"/> for a step that keeps the stage, such as a rescore.
/// </summary>
public sealed record ReportStageChanged(
    Guid ReportId,
    Guid OrgId,
    Guid? RoundId,
    string DefinitionId,
    int DefinitionVersion,
    string FromStage,
    string ToStage,
    string Action,
    string ActorUserName,
    string ActorRole,
    string? Comment,
    DateTime AtUtc,
    int ReportVersion) : INotification
{
    /// <summary>Whether the step sent the report back (退回).</summary>
    public bool IsReturn { get; init; }

    /// <summary>The actor as shown ("X 代 Y" for a delegate).</summary>
    public string ActorName { get; init; } = "";

    /// <summary>The actor's organisation name.</summary>
    public string ActorOrgName { get; init; } = "";

    /// <summary>项目名称 of the report.</summary>
    public string Title { get; init; } = "";
}
