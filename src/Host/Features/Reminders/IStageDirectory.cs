namespace PerfEval.Host.Features.Reminders;

/// <summary>Where the organisation that must act on a stage sits, relative to the report's own organisation.</summary>
public enum ActorOrgLevel
{
    /// <summary>The report's organisation (the unit: preparer, unit head).</summary>
    ReportOrg,

    /// <summary>The report organisation's parent (the supervising department).</summary>
    ParentOrg,

    /// <summary>The finance bureau at the root of the tree.</summary>
    FinanceBureau,
}

/// <summary>What the reminder job needs to know about a workflow stage.</summary>
/// <param name="Stage">Stage code.</param>
/// <param name="DueDays">Days the stage may take before a stalled-stage reminder; 0 = none (Draft is governed by the round deadline).</param>
/// <param name="ActingRole">Role that must act in the stage.</param>
/// <param name="OrgLevel">Where the acting organisation sits.</param>
public sealed record StageInfo(string Stage, int DueDays, string ActingRole, ActorOrgLevel OrgLevel);

/// <summary>
/// Stage → due days and who acts. The default implementation holds the shipped project ladder
/// (configurable under <c>Reminders:StageDueDays</c>); the workflow module may replace it with one backed by
/// the workflow definitions a report is pinned to.
/// </summary>
public interface IStageDirectory
{
    /// <summary>The stage's facts, or <c>null</c> for a final or unknown stage (no reminders then).</summary>
    ValueTask<StageInfo?> FindAsync(ReportKind kind, string? workflowDefinitionId, int? workflowVersion, string stage, CancellationToken cancellationToken);
}
