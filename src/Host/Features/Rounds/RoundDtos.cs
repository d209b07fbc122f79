namespace PerfEval.Host.Features.Rounds;

/// <summary>A round in lists; the counts cover only reports the caller may see. Level1Weights e.g. "40,10,40,10".</summary>
public sealed record RoundSummary(
    Guid Id, string Name, ReportKind Kind, int Year, string? RuleSetId, int? RuleSetVersion,
    DateOnly Deadline, int WarningDays, RoundStatus Status, DateTime CreatedAtUtc, DateTime? ClosedAtUtc,
    int ReportCount, int SubmittedCount, string? Level1Weights = null)
{
    /// <summary>名称 of the pinned rubric version (shown instead of its id).</summary>
    public string? RuleSetName { get; init; }

    /// <summary>The workflow definition the round's reports start on (null: a round opened before rounds pinned one — the latest published).</summary>
    public string? WorkflowDefinitionId { get; init; }

    public int? WorkflowVersion { get; init; }

    /// <summary>名称 of the pinned workflow definition version.</summary>
    public string? WorkflowName { get; init; }
}

/// <summary>A unit (and project) the round covers, with the draft report it received.</summary>
public sealed record RoundTargetDto(Guid OrgId, string OrgCode, string OrgName, string? ProjectName, Guid? ReportId);

/// <summary>A report of the round as listed on the round page.</summary>
public sealed record RoundReportDto(Guid Id, Guid OrgId, string OrgCode, string Title, string Stage, string StageLabel);

/// <summary>One round with its targets and reports (those the caller may see).</summary>
public sealed record RoundDetail(RoundSummary Round, IReadOnlyList<RoundTargetDto> Targets, IReadOnlyList<RoundReportDto> Reports);

/// <summary>Result of opening a round: whether the round is new and which draft reports this call created.</summary>
public sealed record OpenRoundResult(bool Created, IReadOnlyList<Guid> CreatedReportIds, RoundDetail Detail);
