using Mediator;

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
    int ReportVersion) : INotification;
