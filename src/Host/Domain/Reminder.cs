namespace PerfEval.Host.Domain;

/// <summary>
/// A reminder (催办提醒) as stored: it is the in-app inbox entry itself. At most one per
/// report, stage, kind and day (unique index): the job inserts first and delivers only if its insert won.
/// </summary>
public sealed class Reminder
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid ReportId { get; set; }

    public Report? Report { get; set; }

    /// <summary>The report's stage when the reminder was due.</summary>
    public required string Stage { get; set; }

    /// <summary>NearDeadline / Overdue / StageStalled (<see cref="PerfEval.Workflows.Reminders.ReminderKind"/>).</summary>
    public PerfEval.Workflows.Reminders.ReminderKind Kind { get; set; }

    /// <summary>
    /// The organisation whose <see cref="RecipientRole"/> sees the reminder. Deliberately no foreign key: a scan inserts up to
    /// a province's worth of rows at once and the scan itself read the organisation, so a per-row check on PostgreSQL bought
    /// nothing but time (docs/scale.md); organisations are never deleted.
    /// </summary>
    public Guid RecipientOrgId { get; set; }

    public required string RecipientRole { get; set; }

    /// <summary>The bureau-local calendar day the reminder is for.</summary>
    public DateOnly Day { get; set; }

    /// <summary>Sent to the supervising organisation because the report is too late.</summary>
    public bool Escalated { get; set; }

    /// <summary>Days left (near deadline) or days late (overdue, stalled).</summary>
    public int Days { get; set; }

    /// <summary>The text shown in the inbox (and e-mailed).</summary>
    public required string Message { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? ReadAtUtc { get; set; }
}
