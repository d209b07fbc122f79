using PerfEval.Host.Features.Reminders;
using PerfEval.Workflows.Reminders;

namespace PerfEval.Host.Features.Workflow.Returns;

/// <summary>
/// A returned report reaches the people who must act on it: an in-app notification (a <see cref="ReminderKind.Returned"/>
/// reminder to the role and organisation acting in the stage it was returned to) and every configured sender (e-mail).
/// One row per report, stage and day (the reminders' unique index): a second return the same day adds its opinion to
/// that row — the earlier one stays readable above it — marks it unread and is sent again. Runs after the step is
/// committed; a failure is logged and never undoes the step.
/// </summary>
public sealed partial class NotifyReturnedReport(
    PerfEvalDbContext db,
    WorkflowCatalog catalog,
    ReportParticipants participants,
    IEnumerable<IReminderSender> senders,
    BureauCalendar calendar,
    TimeProvider clock,
    ILogger<NotifyReturnedReport> logger) : INotificationHandler<ReportStageChanged>
{
    public async ValueTask Handle(ReportStageChanged notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        if (!notification.IsReturn)
        {
            return;
        }

        try
        {
            await NotifyAsync(notification, cancellationToken);
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException or NotFoundException)
        {
            LogFailed(logger, e, notification.ReportId);
        }
    }

    private async Task NotifyAsync(ReportStageChanged n, CancellationToken ct)
    {
        var definition = await catalog.GetAsync(n.DefinitionId, n.DefinitionVersion, ct);
        var stage = definition.FindStage(n.ToStage);
        if (stage?.Actions.FirstOrDefault() is not { } action)
        {
            return;
        }

        var parties = await participants.PartiesAsync(n.OrgId, ct);
        var orgId = action.OrgLevel switch
        {
            OrgLevel.ReportUnit => parties.ReportOrgId,
            OrgLevel.SupervisingDepartment => parties.SupervisingOrgId,
            _ => parties.FinanceBureauOrgId,
        };
        if (orgId is null)
        {
            return;
        }

        var recipientOrg = Guid.Parse(orgId);
        var now = clock.GetUtcNow();
        var day = calendar.DateOf(now);
        var message = ReminderTexts.Returned(n.Title, n.ActorName, n.ActorOrgName, stage.Label, n.Comment);
        var row = await db.Reminders.FirstOrDefaultAsync(
            r => r.ReportId == n.ReportId && r.Stage == stage.Code && r.Kind == ReminderKind.Returned && r.Day == day, ct);
        if (row is null)
        {
            row = new Reminder
            {
                ReportId = n.ReportId, Stage = stage.Code, Kind = ReminderKind.Returned, RecipientOrgId = recipientOrg, RecipientRole = action.Role,
                Day = day, Message = message, CreatedAtUtc = now.UtcDateTime,
            };
            db.Reminders.Add(row);
        }
        else
        {
            var both = $"{row.Message}\n{message}";
            // The column holds 1000 characters: the newest return is kept whole, the oldest text gives way.
            (row.Message, row.ReadAtUtc, row.RecipientOrgId, row.RecipientRole) = (both.Length > 1000 ? both[^1000..] : both, null, recipientOrg, action.Role);
        }

        await db.SaveChangesAsync(ct);
        var orgName = await db.Organisations.AsNoTracking().Where(o => o.Id == recipientOrg).Select(o => o.Name).FirstOrDefaultAsync(ct) ?? "";
        foreach (var sender in senders)
        {
            try
            {
                await sender.SendAsync(new ReminderNotice(row, n.Title, orgName), ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogSendFailed(logger, e, sender.Channel, n.ReportId);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Return notification for report {ReportId} could not be stored.")]
    private static partial void LogFailed(ILogger logger, Exception e, Guid reportId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Return notification ({Channel}) for report {ReportId} failed.")]
    private static partial void LogSendFailed(ILogger logger, Exception e, string channel, Guid reportId);
}
