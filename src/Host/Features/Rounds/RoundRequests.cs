using PerfEval.Host.Features.Rounds.Open;

namespace PerfEval.Host.Features.Rounds;

/// <summary>Body of <c>POST /api/rounds</c>.</summary>
public sealed class OpenRoundRequest
{
    /// <summary>Optional client-chosen id: repeating the request with it never creates a second round.</summary>
    public Guid? Id { get; init; }

    public required string Name { get; init; }

    public required ReportKind Kind { get; init; }

    /// <summary>Budget year evaluated; defaults to the year before the deadline's.</summary>
    public int? Year { get; init; }

    public string? RuleSetId { get; init; }

    public int? RuleSetVersion { get; init; }

    public required IReadOnlyList<RoundUnitInput> Units { get; init; }

    public required DateOnly Deadline { get; init; }

    public int WarningDays { get; init; } = 7;

    /// <summary>Level-1 weights of the pinned rubric for this round, e.g. [40,10,40,10] for rubric C.</summary>
    public IReadOnlyList<decimal>? Level1Weights { get; init; }

    /// <summary>The workflow definition the round's reports run on; default: the latest published one for the kind.</summary>
    public string? WorkflowDefinitionId { get; init; }

    /// <summary>A published version of it to pin; default: its latest published version (a draft or retired one: 400).</summary>
    public int? WorkflowVersion { get; init; }
}

/// <summary>Body of <c>PUT /api/rounds/{id}/deadline</c>.</summary>
public sealed class ChangeDeadlineRequest
{
    public required DateOnly Deadline { get; init; }

    /// <summary>New warning days (days before the deadline when 临近截止 reminders start); unchanged when absent.</summary>
    public int? WarningDays { get; init; }
}
