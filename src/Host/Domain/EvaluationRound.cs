namespace PerfEval.Host.Domain;

public enum RoundStatus
{
    Open,
    Closed,
}

/// <summary>自评任务: a yearly self-evaluation task issued by the finance bureau.</summary>
public sealed class EvaluationRound
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public required string Name { get; set; }

    public ReportKind Kind { get; set; }

    public int Year { get; set; }

    /// <summary>The rubric (rule-set id) the round pins, with its version.</summary>
    public string? RuleSetId { get; set; }

    public int? RuleSetVersion { get; set; }

    /// <summary>
    /// The workflow definition version (id and version) the round's reports start on, chosen when the round is opened;
    /// null for rounds opened before rounds pinned one (their reports start on the latest published version of the kind).
    /// </summary>
    public string? WorkflowDefinitionId { get; set; }

    public int? WorkflowVersion { get; set; }

    /// <summary>
    /// Level-1 weights for this round, comma-separated in rubric order (e.g. <c>40,10,40,10</c> for rubric C:
    /// 产出, 预算执行率, 效益, 满意度); null = the rubric's own points.
    /// </summary>
    public string? Level1Weights { get; set; }

    /// <summary>截止日期 (a calendar day in the bureau's time zone).</summary>
    public DateOnly Deadline { get; set; }

    /// <summary>预警天数: reminders start this many days before the deadline.</summary>
    public int WarningDays { get; set; }

    public RoundStatus Status { get; set; } = RoundStatus.Open;

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? ClosedAtUtc { get; set; }

    /// <summary>The units (and their projects) the round covers; one draft report each.</summary>
    public List<RoundTarget> Targets { get; set; } = [];

    /// <summary>A closed round accepts no new reports and no submissions.</summary>
    public bool IsOpen => Status == RoundStatus.Open;

    /// <summary>
    /// Moves the deadline (and, when given, the warning days) of an open round; reminders follow at their next scan.
    /// </summary>
    /// <exception cref="Infrastructure.ConflictException">The round is closed.</exception>
    /// <exception cref="Infrastructure.BadInputException">The new deadline is before <paramref name="today"/> (field <c>deadline</c>).</exception>
    public void ChangeDeadline(DateOnly deadline, int? warningDays, DateOnly today)
    {
        if (Status == RoundStatus.Closed)
        {
            throw new Infrastructure.ConflictException(DomainText.FormatEvaluationRoundChangeDeadline(Name));
        }

        if (deadline < today)
        {
            throw new Infrastructure.BadInputException("deadline", TextFormat.Fill(DomainText.EvaluationRoundChangeDeadline2, deadline, today));
        }

        Deadline = deadline;
        WarningDays = warningDays ?? WarningDays;
    }

    /// <summary>Closes the round (idempotent: closing a closed round keeps its first closing time).</summary>
    public void Close(DateTime nowUtc)
    {
        if (Status == RoundStatus.Closed)
        {
            return;
        }

        Status = RoundStatus.Closed;
        ClosedAtUtc = nowUtc;
    }
}
