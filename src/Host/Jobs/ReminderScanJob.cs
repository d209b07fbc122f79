using Hangfire;
using PerfEval.Host.Features.Reminders;
using PerfEval.Workflows.Reminders;

namespace PerfEval.Host.Jobs;

/// <summary>What one scan did.</summary>
/// <param name="Today">The bureau-local day scanned.</param>
/// <param name="ReportsScanned">Reports looked at: those something could be due for (drafts of rounds in their warning window or late, reports in a stage for more than a day).</param>
/// <param name="Created">Reminders this run stored (and delivered).</param>
/// <param name="AlreadyThere">Reminders due but already stored today (by an earlier or a concurrent run).</param>
/// <param name="Skipped">Another run held the scan's lease: this one did nothing.</param>
public sealed record ReminderScanResult(DateOnly Today, int ReportsScanned, int Created, int AlreadyThere, bool Skipped = false);

/// <summary>
/// The recurring reminder scan. For each report still moving (not Accepted, round open or none) it asks
/// <see cref="ReminderPolicy"/> what is due today and stores the reminders in batches guarded by the unique index
/// (report, stage, kind, day) (<see cref="ReminderInserts"/>); only the run whose insert wins delivers a reminder, so
/// concurrent runs and several servers never duplicate. A scheduled or requested run first takes the scan's lease
/// (<see cref="JobLeases"/>): while one run holds it, another is skipped, not raced. All state is in the domain
/// database — the job storage may forget everything.
/// </summary>
public sealed class ReminderScanJob(
    PerfEvalDbContext db, IStageDirectory stages, IEnumerable<IReminderSender> senders, IOptions<ReminderOptions> options,
    BureauCalendar calendar, TimeProvider clock, ILogger<ReminderScanJob> logger, JobLeases leases, ReminderInserts inserts)
{
    public const string RecurringJobId = "reminder-scan";

    /// <summary>The lease the scan takes; it expires by itself if a host dies mid-scan.</summary>
    public static readonly TimeSpan LeaseDuration = TimeSpan.FromMinutes(10);

    /// <summary>Hangfire entry point (no retries: the next run comes within minutes and redoes the day's work).</summary>
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var result = await RunOnceAsync(cancellationToken);
        if (result.Skipped)
        {
            logger.LogInformation("Reminder scan skipped: another run holds the lease.");
            return;
        }

        logger.LogInformation("Reminder scan {Today:yyyy-MM-dd}: {Scanned} reports, {Created} reminders created, {Existing} already there.",
            result.Today, result.ReportsScanned, result.Created, result.AlreadyThere);
    }

    /// <summary>One scan under the lease: skipped (nothing done) while another run holds it.</summary>
    public async Task<ReminderScanResult> RunOnceAsync(CancellationToken cancellationToken)
    {
        var holder = await leases.TryAcquireAsync(RecurringJobId, LeaseDuration, cancellationToken);
        if (holder is null)
        {
            return new ReminderScanResult(calendar.Today, 0, 0, 0, Skipped: true);
        }

        try
        {
            return await ScanAsync(cancellationToken);
        }
        finally
        {
            await leases.ReleaseAsync(RecurringJobId, holder, CancellationToken.None);
        }
    }

    /// <summary>
    /// Scans once at the current time of the injected clock, without the lease: concurrent calls are safe (the unique index
    /// decides), they only do the work twice. Scheduled and requested runs go through <see cref="RunOnceAsync"/>.
    /// </summary>
    public async Task<ReminderScanResult> ScanAsync(CancellationToken cancellationToken)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var settings = options.Value;
        var today = calendar.Today;
        var policy = new ReminderPolicy(settings.EscalateAfterDays);
        var orgs = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, cancellationToken);
        // Only reports something can be due for: a draft of an open round whose warning window has begun (deadline
        // reminders), or a report that entered its stage more than a day ago (a stalled-stage reminder needs at least one
        // due day and one late day). The policy then decides exactly; a day with nothing due reads next to nothing.
        var rounds = await db.Rounds.AsNoTracking().Where(r => r.Status == RoundStatus.Open)
            .Select(r => new { r.Id, r.Deadline, r.WarningDays }).ToListAsync(cancellationToken);
        var open = rounds.Select(r => r.Id).ToList();
        var warning = rounds.Where(r => r.Deadline.AddDays(-r.WarningDays) <= today).Select(r => r.Id).ToList();
        var enteredBefore = clock.GetUtcNow().UtcDateTime.AddDays(-1);
        var draftsStall = settings.StageDueDays.TryGetValue(ReportStages.Draft, out var draftDays) && draftDays > 0;
        // Each part reads an index: (RoundId, Id) for the drafts of rounds in their warning window, (Stage, StageEnteredAtUtc)
        // for the stages with due days (every stage a stored definition has, but its start and its final ones).
        var stalledStages = (await db.WorkflowDefinitions.AsNoTracking().ToListAsync(cancellationToken))
            .Select(Features.Workflow.WorkflowCatalog.Parse)
            .SelectMany(d => d.Stages.Where(st => !st.Terminal && st.Code != d.StartStage).Select(st => st.Code))
            .Append(ReportStages.UnitSignOff).Append(ReportStages.DepartmentApproval).Append(ReportStages.FinanceReview)
            .Where(code => code != ReportStages.Draft && code != ReportStages.Accepted)
            .Distinct(StringComparer.Ordinal).ToList();
        if (draftsStall)
        {
            stalledStages.Add(ReportStages.Draft);
        }

        var candidates = db.Reports.AsNoTracking().Where(r => stalledStages.Contains(r.Stage) && r.StageEnteredAtUtc < enteredBefore);
        if (warning.Count > 0)
        {
            candidates = candidates.Concat(db.Reports.AsNoTracking().Where(r => r.Stage == ReportStages.Draft && r.RoundId != null && warning.Contains(r.RoundId.Value)));
        }

        var rows = (await candidates
            .Select(r => new { r.Id, r.OrgId, r.Kind, r.Stage, r.StageEnteredAtUtc, r.Title, r.WorkflowDefinitionId, r.WorkflowVersion, r.RoundId })
            .ToListAsync(cancellationToken))
            .Where(r => r.RoundId is null || open.Contains(r.RoundId.Value))
            .DistinctBy(r => r.Id)
            .ToList();
        var deadlines = rounds.ToDictionary(r => r.Id, r => (r.Deadline, r.WarningDays));
        // In report order, so that the ids made below increase in the order the reminders are inserted (key order).
        var reports = rows.OrderBy(r => r.Id).Select(r => new ScannedReport(
            r.Id, r.OrgId, r.Kind, r.Stage, r.StageEnteredAtUtc, r.Title, r.WorkflowDefinitionId, r.WorkflowVersion,
            r.RoundId is { } id ? deadlines[id].Deadline : null, r.RoundId is { } rid ? deadlines[rid].WarningDays : 0)).ToList();
        var existing = (await db.Reminders.AsNoTracking()
                .Where(r => r.Day == today)
                .Select(r => new { r.ReportId, r.Stage, r.Kind })
                .ToListAsync(cancellationToken))
            .Select(r => (r.ReportId, r.Stage, r.Kind))
            .ToHashSet();

        var read = watch.Elapsed;
        int already = 0;
        var due = new List<(Reminder Reminder, string Title)>();
        var stageInfo = new Dictionary<(PerfEval.Rules.Model.ReportKind, string?, int?, string), StageInfo?>();
        var now = clock.GetUtcNow().UtcDateTime;
        var ids = new OrderedGuids(clock.GetUtcNow());
        foreach (var report in reports)
        {
            var key = (report.Kind, report.WorkflowDefinitionId, report.WorkflowVersion, report.Stage);
            if (!stageInfo.TryGetValue(key, out var stage))
            {
                stage = await stages.FindAsync(report.Kind, report.WorkflowDefinitionId, report.WorkflowVersion, report.Stage, cancellationToken);
                stageInfo[key] = stage;
            }

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
            foreach (var d in policy.Evaluate(facts, today))
            {
                if (existing.Contains((report.Id, report.Stage, d.Kind)))
                {
                    already++;
                    continue;
                }

                due.Add((new Reminder
                {
                    Id = ids.Next(), ReportId = report.Id, Stage = report.Stage, Kind = d.Kind, Day = today,
                    RecipientOrgId = d.Recipient.OrgId, RecipientRole = d.Recipient.Role, Escalated = d.Escalated, Days = d.Days,
                    Message = ReminderTexts.Message(d, report.Title, reportOrg.Name, report.Stage, report.Deadline),
                    CreatedAtUtc = now,
                }, report.Title));
            }
        }

        // Batched inserts; only what this run inserted is delivered (the rest another run or server stored first).
        var evaluated = watch.Elapsed;
        var inserted = await inserts.InsertNewAsync([.. due.Select(d => d.Reminder)], cancellationToken);
        var stored = watch.Elapsed;
        already += due.Count - inserted.Count;
        foreach (var (reminder, title) in due)
        {
            if (inserted.Contains(reminder.Id))
            {
                await DeliverAsync(new ReminderNotice(reminder, title, orgs[reminder.RecipientOrgId].Name), cancellationToken);
            }
        }

        logger.LogInformation(
            "Reminder scan {Today:yyyy-MM-dd}: read {Reports} reports in {Read:0} ms, evaluated in {Evaluate:0} ms, stored {Created} of {Due} due in {Store:0} ms, delivered in {Deliver:0} ms.",
            today, reports.Count, read.TotalMilliseconds, (evaluated - read).TotalMilliseconds, inserted.Count, due.Count, (stored - evaluated).TotalMilliseconds,
            (watch.Elapsed - stored).TotalMilliseconds);
        return new ReminderScanResult(today, reports.Count, inserted.Count, already);
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
        ActorOrgLevel.FinanceBureau => RootOf(reportOrg, orgs) is { Kind: OrgKind.FinanceBureau } root ? root : reportOrg,
        _ => reportOrg,
    };

    private static Organisation RootOf(Organisation org, Dictionary<Guid, Organisation> orgs)
    {
        for (var hops = 0; org.ParentId is { } p && orgs.TryGetValue(p, out var parent) && hops < 32; hops++)
        {
            org = parent;
        }

        return org;
    }

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
