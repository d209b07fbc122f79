namespace PerfEval.Workflows.Reminders;

/// <summary>One reminder the policy says is due today.</summary>
/// <param name="Kind">Why it is due.</param>
/// <param name="Recipient">Who receives it (the supervisor when <paramref name="Escalated"/>).</param>
/// <param name="Escalated">Whether it went up to the supervising organisation.</param>
/// <param name="Days">Days left before the deadline (<see cref="ReminderKind.NearDeadline"/>) or days overdue (the other kinds).</param>
public sealed record ReminderDue(ReminderKind Kind, ReminderRecipient Recipient, bool Escalated, int Days);
