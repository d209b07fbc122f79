namespace PerfEval.Host.Features.Reminders;

/// <summary>Configuration section <c>Reminders</c>.</summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>Cron expression of the scan (Hangfire/Cronos syntax), evaluated in the bureau's time zone (<c>Bureau:TimeZone</c>).</summary>
    public string Cron { get; set; } = "*/15 * * * *";

    /// <summary>Days late after which overdue and stalled reminders go to the supervising organisation.</summary>
    public int EscalateAfterDays { get; set; } = 3;

    /// <summary>Overrides of the shipped stages' due days, e.g. <c>Reminders:StageDueDays:FinanceReview = 15</c>.</summary>
    public Dictionary<string, int> StageDueDays { get; set; } = new(StringComparer.Ordinal);
}
