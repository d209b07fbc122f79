namespace PerfEval.Host.Features.Workflow;

/// <summary>Writes each committed workflow step to the log (reminders and the UI add their own handlers).</summary>
public sealed partial class LogReportStageChanged(ILogger<LogReportStageChanged> logger) : INotificationHandler<ReportStageChanged>
{
    public ValueTask Handle(ReportStageChanged notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        Log(logger, notification.ReportId, notification.Action, notification.FromStage, notification.ToStage, notification.ActorUserName, notification.ReportVersion);
        return ValueTask.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Report {ReportId}: {Action} {From} → {To} by {Actor} (version {Version})")]
    private static partial void Log(ILogger logger, Guid reportId, string action, string from, string to, string actor, int version);
}
