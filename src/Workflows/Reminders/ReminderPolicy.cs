namespace PerfEval.Workflows.Reminders;

/// <summary>
/// Decides which reminders are due for a report on a given day. Pure: no clock, no storage —
/// the caller passes today's date in the bureau's time zone and stores what comes back
/// (at most one reminder per report, stage, kind and day).
/// </summary>
/// <remarks>
/// Rules:
/// <list type="bullet">
/// <item>Not submitted, deadline − warning days ≤ today ≤ deadline: <see cref="ReminderKind.NearDeadline"/> to the actor.</item>
/// <item>Not submitted, today &gt; deadline: <see cref="ReminderKind.Overdue"/> to the actor.</item>
/// <item>Stage with due days d &gt; 0, today &gt; entered + d: <see cref="ReminderKind.StageStalled"/> to the actor.</item>
/// <item>An overdue or stalled reminder more than <see cref="EscalateAfterDays"/> days late goes to the supervisor instead
/// (escalated) when there is one.</item>
/// </list>
/// </remarks>
public sealed class ReminderPolicy
{
    /// <summary>Creates the policy.</summary>
    /// <param name="escalateAfterDays">Days late after which reminders go to the supervising organisation (≥ 0).</param>
    public ReminderPolicy(int escalateAfterDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(escalateAfterDays);
        EscalateAfterDays = escalateAfterDays;
    }

    /// <summary>Days late after which a reminder escalates (escalation starts on day <c>EscalateAfterDays + 1</c>).</summary>
    public int EscalateAfterDays { get; }

    /// <summary>The reminders due for <paramref name="facts"/> on <paramref name="today"/>.</summary>
    /// <param name="facts">The report's facts.</param>
    /// <param name="today">Today in the bureau's time zone.</param>
    /// <returns>Zero, one or two reminders (a deadline one and a stalled-stage one), each of a distinct kind.</returns>
    public IReadOnlyList<ReminderDue> Evaluate(ReportReminderFacts facts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(facts.Actor);
        ArgumentOutOfRangeException.ThrowIfNegative(facts.WarningDays, nameof(facts));
        ArgumentOutOfRangeException.ThrowIfNegative(facts.StageDueDays, nameof(facts));

        var due = new List<ReminderDue>(2);
        if (!facts.Submitted && facts.Deadline is { } deadline)
        {
            var daysLeft = deadline.DayNumber - today.DayNumber;
            if (daysLeft >= 0 && daysLeft <= facts.WarningDays)
            {
                due.Add(new ReminderDue(ReminderKind.NearDeadline, facts.Actor, false, daysLeft));
            }
            else if (daysLeft < 0)
            {
                due.Add(Late(ReminderKind.Overdue, facts, -daysLeft));
            }
        }

        if (facts.StageDueDays > 0)
        {
            var dueOn = facts.StageEnteredOn.AddDays(facts.StageDueDays);
            var late = today.DayNumber - dueOn.DayNumber;
            if (late > 0)
            {
                due.Add(Late(ReminderKind.StageStalled, facts, late));
            }
        }

        return due;
    }

    /// <summary>The calendar day of <paramref name="instant"/> in <paramref name="zone"/> (the bureau's "today").</summary>
    /// <param name="instant">A point in time.</param>
    /// <param name="zone">The bureau's time zone.</param>
    /// <returns>The local date.</returns>
    public static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
    }

    private ReminderDue Late(ReminderKind kind, ReportReminderFacts facts, int daysLate)
        => daysLate > EscalateAfterDays && facts.Supervisor is { } supervisor
            ? new ReminderDue(kind, supervisor, true, daysLate)
            : new ReminderDue(kind, facts.Actor, false, daysLate);
}
