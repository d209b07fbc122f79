using PerfEval.Workflows.Reminders;

namespace PerfEval.Host.Features.Reminders;

/// <summary>A reminder in the caller's inbox.</summary>
public sealed record ReminderDto(
    Guid Id, Guid ReportId, string ReportTitle, string Stage, string StageLabel, ReminderKind Kind, string KindLabel,
    Guid RecipientOrgId, string RecipientRole, DateOnly Day, bool Escalated, int Days, string Message,
    DateTime CreatedAtUtc, DateTime? ReadAtUtc)
{
    internal static ReminderDto From(Reminder r, string title) => new(
        r.Id, r.ReportId, title, r.Stage, ReportStages.Label(r.Stage), r.Kind, ReminderTexts.KindLabel(r.Kind),
        r.RecipientOrgId, r.RecipientRole, r.Day, r.Escalated, r.Days, r.Message, r.CreatedAtUtc, r.ReadAtUtc);
}

/// <summary>Unread reminders of the caller (the UI badge).</summary>
public sealed record UnreadCount(int Count);
