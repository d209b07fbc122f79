namespace PerfEval.Workflows.Reminders;

/// <summary>
/// What the reminder policy needs to know about one report. Dates are calendar days in the
/// finance bureau's time zone (see <see cref="ReminderPolicy.LocalDate"/>).
/// </summary>
public sealed record ReportReminderFacts
{
    /// <summary>The report's current workflow stage code.</summary>
    public required string Stage { get; init; }

    /// <summary>The day the report entered <see cref="Stage"/>.</summary>
    public required DateOnly StageEnteredOn { get; init; }

    /// <summary>Whether the unit has submitted the report (it has left the Draft stage).</summary>
    public required bool Submitted { get; init; }

    /// <summary>The round's deadline (截止日期); <c>null</c> when the report belongs to no open round.</summary>
    public DateOnly? Deadline { get; init; }

    /// <summary>预警天数: deadline reminders start this many days before <see cref="Deadline"/>.</summary>
    public int WarningDays { get; init; }

    /// <summary>
    /// Days the current stage may take; 0 means the stage has no due days of its own
    /// (Draft is governed by the deadline, Accepted is final).
    /// </summary>
    public int StageDueDays { get; init; }

    /// <summary>Who must act in the current stage (for Draft: the unit's preparer).</summary>
    public required ReminderRecipient Actor { get; init; }

    /// <summary>Who supervises <see cref="Actor"/> and receives escalated reminders; <c>null</c> at the top of the tree.</summary>
    public ReminderRecipient? Supervisor { get; init; }
}
