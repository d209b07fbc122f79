using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PerfEval.Host.Data;
using PerfEval.Host.Domain;
using PerfEval.Host.Features.Reminders;
using PerfEval.Host.Infrastructure;
using PerfEval.Workflows.Reminders;

namespace PerfEval.Host.Jobs;

/// <summary>What one scan did.</summary>
/// <param name="Today">The bureau-local day scanned.</param>
/// <param name="ReportsScanned">Reports looked at.</param>
/// <param name="Created">Reminders this run stored (and delivered).</param>
/// <param name="AlreadyThere">Reminders due but already stored today (by an earlier or a concurrent run).</param>
public sealed record ReminderScanResult(DateOnly Today, int ReportsScanned, int Created, int AlreadyThere);

/// <summary>
/// The recurring reminder scan. For each report still moving (not Accepted, round open or none) it asks
/// <see cref="ReminderPolicy"/> what is due today and stores each reminder with an insert guarded by the unique
/// index (report, stage, kind, day); only the run whose insert wins delivers it, so concurrent runs and several
/// servers never duplicate. All state is in the domain database — the job storage may forget everything.
/// </summary>
public sealed class ReminderScanJob(
    PerfEvalDbContext db, IStageDirectory stages, IEnumerable<IReminderSender> senders, IOptions<ReminderOptions> options,
    BureauCalendar calendar, TimeProvider clock, ILogger<ReminderScanJob> logger)
{
    public const string RecurringJobId = "reminder-scan";

    /// <summary>Hangfire entry point (no retries: the next run comes within minutes and redoes the day's work).</summary>
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var result = await ScanAsync(cancellationToken);
        logger.LogInformation("Reminder scan {Today:yyyy-MM-dd}: {Scanned} reports, {Created} reminders created, {Existing} already there.",
            result.Today, result.ReportsScanned, result.Created, result.AlreadyThere);
    }

    /// <summary>Scans once at the current time of the injected clock.</summary>
    public async Task<ReminderScanResult> ScanAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var today = calendar.Today;
        var policy = new ReminderPolicy(settings.EscalateAfterDays);
        var orgs = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, cancellationToken);
        var reports = await db.Reports.AsNoTracking()
            .Where(r => r.Stage != ReportStages.Accepted && (r.RoundId == null || r.Round!.Status == RoundStatus.Open))
            .Select(r => new ScannedReport(
                r.Id, r.OrgId, r.Kind, r.Stage, r.StageEnteredAtUtc, r.Title, r.WorkflowDefinitionId, r.WorkflowVersion,
                r.RoundId == null ? null : r.Round!.Deadline, r.RoundId == null ? 0 : r.Round!.WarningDays))
            .ToListAsync(cancellationToken);
        var existing = (await db.Reminders.AsNoTracking()
                .Where(r => r.Day == today)
                .Select(r => new { r.ReportId, r.Stage, r.Kind })
                .ToListAsync(cancellationToken))
            .Select(r => (r.ReportId, r.Stage, r.Kind))
            .ToHashSet();

        int created = 0, already = 0;
        foreach (var report in reports)
        {
            var stage = await stages.FindAsync(report.Kind, report.WorkflowDefinitionId, report.WorkflowVersion, report.Stage, cancellationToken);
            if (stage is null || !orgs.TryGetValue(report.OrgId, out var reportOrg))
            {
                continue;
            }

            var actorOrg = ActorOrg(stage.OrgLevel, reportOrg, orgs);
            var facts = new ReportReminderFacts
            {
                Stage = report.Stage,
                StageEnteredOn = calendar.DateOf(new DateTimeOffset(report.StageEnteredAtUtc, TimeSpan.Zero)),
                Submitted = report.Stage != ReportStages.Draft,
                Deadline = report.Deadline,
                WarningDays = report.WarningDays,
                StageDueDays = stage.DueDays,
                Actor = new ReminderRecipient(actorOrg.Id, stage.ActingRole),
                Supervisor = SupervisorOf(actorOrg, orgs),
            };
            foreach (var due in policy.Evaluate(facts, today))
            {
                if (existing.Contains((report.Id, report.Stage, due.Kind)))
                {
                    already++;
                    continue;
                }

                var reminder = new Reminder
                {
                    ReportId = report.Id, Stage = report.Stage, Kind = due.Kind, Day = today,
                    RecipientOrgId = due.Recipient.OrgId, RecipientRole = due.Recipient.Role, Escalated = due.Escalated, Days = due.Days,
                    Message = ReminderTexts.Message(due, report.Title, reportOrg.Name, report.Stage, report.Deadline),
                    CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
                };
                if (await TryInsertAsync(reminder, cancellationToken))
                {
                    created++;
                    await DeliverAsync(new ReminderNotice(reminder, report.Title, orgs[reminder.RecipientOrgId].Name), cancellationToken);
                }
                else
                {
                    already++;
                }
            }
        }

        return new ReminderScanResult(today, reports.Count, created, already);
    }

    /// <summary>Insert first: the unique index decides which run owns the reminder.</summary>
    private async Task<bool> TryInsertAsync(Reminder reminder, CancellationToken ct)
    {
        db.Reminders.Add(reminder);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            logger.LogDebug("Reminder {Kind} for report {ReportId} on {Day} was stored by another run.", reminder.Kind, reminder.ReportId, reminder.Day);
            return false;
        }
        finally
        {
            db.Entry(reminder).State = EntityState.Detached;
        }
    }

    private async Task DeliverAsync(ReminderNotice notice, CancellationToken ct)
    {
        foreach (var sender in senders)
        {
            try
            {
                await sender.SendAsync(notice, ct);
            }
#pragma warning disable CA1031 // A broken mail server must not stop the scan; the in-app row is already stored.
            catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
            {
                logger.LogWarning(e, "Sending reminder {Id} through {Channel} failed.", notice.Reminder.Id, sender.Channel);
            }
        }
    }

    private static Organisation ActorOrg(ActorOrgLevel level, Organisation reportOrg, Dictionary<Guid, Organisation> orgs) => level switch
    {
        ActorOrgLevel.ParentOrg when reportOrg.ParentId is { } p && orgs.TryGetValue(p, out var parent) => parent,
        ActorOrgLevel.FinanceBureau => orgs.Values.FirstOrDefault(o => o.Kind == OrgKind.FinanceBureau) ?? reportOrg,
        _ => reportOrg,
    };

    /// <summary>
    /// Escalation target: the acting organisation's parent — a supervising department's DepartmentReviewer, or at the
    /// finance bureau the FinanceAdmin who runs the rounds. The bureau itself has nobody above it.
    /// </summary>
    private static ReminderRecipient? SupervisorOf(Organisation actorOrg, Dictionary<Guid, Organisation> orgs)
    {
        if (actorOrg.ParentId is not { } p || !orgs.TryGetValue(p, out var parent))
        {
            return null;
        }

        return new ReminderRecipient(parent.Id, parent.Kind == OrgKind.FinanceBureau ? Roles.FinanceAdmin : Roles.DepartmentReviewer);
    }

    private sealed record ScannedReport(
        Guid Id, Guid OrgId, PerfEval.Rules.Model.ReportKind Kind, string Stage, DateTime StageEnteredAtUtc, string Title,
        string? WorkflowDefinitionId, int? WorkflowVersion, DateOnly? Deadline, int WarningDays);
}
