namespace PerfEval.Host.Domain;

/// <summary>
/// One workflow step of a report, append-only: who did what, when, from which stage to which, with which comment.
/// (ReportId, Seq) is unique, and the row is written in the same SaveChanges as the stage change.
/// </summary>
public sealed class ReportHistoryEntry
{
    public long Id { get; set; }

    public Guid ReportId { get; set; }

    /// <summary>1, 2, 3… per report.</summary>
    public int Seq { get; set; }

    public required string ActorUserName { get; set; }

    public required string ActorDisplayName { get; set; }

    public required string ActorRole { get; set; }

    /// <summary>The principal's login when a delegate acted (代理审批); <c>null</c> otherwise.</summary>
    public string? OnBehalfOfUserName { get; set; }

    /// <summary>The principal's display name when a delegate acted: the step reads "ActorDisplayName 代 OnBehalfOfDisplayName".</summary>
    public string? OnBehalfOfDisplayName { get; set; }

    public Guid ActorOrgId { get; set; }

    public required string ActorOrgName { get; set; }

    public DateTime AtUtc { get; set; }

    public required string FromStage { get; set; }

    public required string ToStage { get; set; }

    public required string Action { get; set; }

    public required string ActionLabel { get; set; }

    public string? Comment { get; set; }

    /// <summary>The reviewer's score, for a rescore.</summary>
    public decimal? ReviewedScore { get; set; }

    /// <summary>The rubric's score of the report when the step was taken (null until the report is scored).</summary>
    public decimal? RuleSetScore { get; set; }

    public required string DefinitionId { get; set; }

    public int DefinitionVersion { get; set; }

    /// <summary>The report's version after the step.</summary>
    public int ReportVersion { get; set; }
}
