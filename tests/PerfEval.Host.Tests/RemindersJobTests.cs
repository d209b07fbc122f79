using PerfEval.Host.Domain;
using PerfEval.Host.Tests.Infrastructure;
using PerfEval.Workflows.Reminders;
using static PerfEval.Host.Tests.RoundsTestSupport;

namespace PerfEval.Host.Tests;

/// <summary>
/// The reminder scan against the real host and database, driven by the fake clock. Each test opens its own
/// round relative to the current fake date and looks only at its own report, so the shared clock only moves forward.
/// </summary>
public sealed class RemindersJobTests(PerfEvalFactory.WithFileDatabase factory) : IClassFixture<PerfEvalFactory.WithFileDatabase>
{
    [Fact]
    public async Task Scan_ReportInsideWarningWindow_CreatesOneNearDeadlineReminderForPreparer()
    {
        var reportId = await OpenSingleReportRoundAsync(factory, Today(factory).AddDays(5), warningDays: 7);
        var unit = await OrgIdAsync(factory, "UNIT-SI");

        await ScanAsync(factory);

        var reminder = Assert.Single(await RemindersOfAsync(factory, reportId));
        Assert.Equal(ReminderKind.NearDeadline, reminder.Kind);
        Assert.Equal(unit, reminder.RecipientOrgId);
        Assert.Equal(Roles.Preparer, reminder.RecipientRole);
        Assert.Equal(Today(factory), reminder.Day);
        Assert.Equal(5, reminder.Days);
        Assert.False(reminder.Escalated);
        Assert.Contains("还有 5 天", reminder.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_BeforeWarningWindow_CreatesNothing()
    {
        var reportId = await OpenSingleReportRoundAsync(factory, Today(factory).AddDays(20), warningDays: 7);

        await ScanAsync(factory);

        Assert.Empty(await RemindersOfAsync(factory, reportId));
    }

    [Fact]
    public async Task Scan_RunTwice_StillOneReminder()
    {
        var reportId = await OpenSingleReportRoundAsync(factory, Today(factory).AddDays(3), warningDays: 7);

        await ScanAsync(factory);
        var second = await ScanAsync(factory);

        Assert.Single(await RemindersOfAsync(factory, reportId));
        Assert.True(second.AlreadyThere >= 1);
    }

    [Fact]
    public async Task Scan_TwoRunsConcurrently_StillOneReminder()
    {
        var reportId = await OpenSingleReportRoundAsync(factory, Today(factory).AddDays(3), warningDays: 7);

        var results = await Task.WhenAll(ScanAsync(factory), ScanAsync(factory));

        Assert.Single(await RemindersOfAsync(factory, reportId));
        Assert.Equal(results[0].Created + results[0].AlreadyThere, results[1].Created + results[1].AlreadyThere);
    }

    [Fact]
    public async Task Scan_NextDay_CreatesOneMore()
    {
        var reportId = await OpenSingleReportRoundAsync(factory, Today(factory).AddDays(3), warningDays: 7);
        await ScanAsync(factory);

        factory.Clock.Advance(TimeSpan.FromDays(1));
        await ScanAsync(factory);
        await ScanAsync(factory);

        var reminders = await RemindersOfAsync(factory, reportId);
        Assert.Equal(2, reminders.Count);
        Assert.Equal([3, 2], reminders.Select(r => r.Days));
    }

    [Fact]
    public async Task Scan_OverduePastEscalationDays_EscalatesToDepartmentReviewer()
    {
        var reportId = await OpenSingleReportRoundAsync(factory, Today(factory).AddDays(1), warningDays: 0);
        var unit = await OrgIdAsync(factory, "UNIT-SI");
        var department = await OrgIdAsync(factory, "DEPT-HRSS");

        // Day 1 is the deadline itself; overdue days 1, 2, 3 go to the unit; day 4 (past EscalateAfterDays = 3) to the department.
        for (var day = 0; day < 5; day++)
        {
            factory.Clock.Advance(TimeSpan.FromDays(1));
            await ScanAsync(factory);
        }

        var overdue = (await RemindersOfAsync(factory, reportId)).Where(r => r.Kind == ReminderKind.Overdue).ToList();
        Assert.Equal(4, overdue.Count);
        Assert.All(overdue.Take(3), r => Assert.Equal((unit, Roles.Preparer, false), (r.RecipientOrgId, r.RecipientRole, r.Escalated)));
        var escalated = overdue[3];
        Assert.Equal((department, Roles.DepartmentReviewer, true, 4), (escalated.RecipientOrgId, escalated.RecipientRole, escalated.Escalated, escalated.Days));
        Assert.StartsWith("【督办】", escalated.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_SubmittedReport_StopsGettingDeadlineReminders()
    {
        var reportId = await OpenSingleReportRoundAsync(factory, Today(factory).AddDays(2), warningDays: 7);
        await ScanAsync(factory);

        await SetStageAsync(factory, reportId, ReportStages.UnitSignOff);
        factory.Clock.Advance(TimeSpan.FromDays(1));
        await ScanAsync(factory);
        factory.Clock.Advance(TimeSpan.FromDays(3));
        await ScanAsync(factory);

        var reminders = await RemindersOfAsync(factory, reportId);
        Assert.Single(reminders, r => r.Kind is ReminderKind.NearDeadline or ReminderKind.Overdue);
        Assert.DoesNotContain(reminders, r => r.Stage == ReportStages.UnitSignOff && r.Kind != ReminderKind.StageStalled);
    }

    [Fact]
    public async Task Scan_UnitSignOffPastDueDays_RemindsUnitHead()
    {
        var reportId = await OpenSingleReportRoundAsync(factory, Today(factory).AddDays(60), warningDays: 7);
        var unit = await OrgIdAsync(factory, "UNIT-SI");
        await SetStageAsync(factory, reportId, ReportStages.UnitSignOff);

        // The shipped project workflow gives 单位签署 5 days.
        factory.Clock.Advance(TimeSpan.FromDays(5));
        await ScanAsync(factory);
        var withinDueDays = await RemindersOfAsync(factory, reportId);
        factory.Clock.Advance(TimeSpan.FromDays(1));
        await ScanAsync(factory);

        Assert.Empty(withinDueDays);
        var reminder = Assert.Single(await RemindersOfAsync(factory, reportId));
        Assert.Equal((ReminderKind.StageStalled, ReportStages.UnitSignOff, unit, Roles.UnitHead, 1),
            (reminder.Kind, reminder.Stage, reminder.RecipientOrgId, reminder.RecipientRole, reminder.Days));
    }

    [Fact]
    public async Task Scan_DepartmentApprovalPastDueDays_RemindsDepartmentReviewerOfParent()
    {
        var reportId = await OpenSingleReportRoundAsync(factory, Today(factory).AddDays(60), warningDays: 7);
        var department = await OrgIdAsync(factory, "DEPT-HRSS");
        await SetStageAsync(factory, reportId, ReportStages.DepartmentApproval);

        // The shipped project workflow gives 主管部门审批 7 days.
        factory.Clock.Advance(TimeSpan.FromDays(8));
        await ScanAsync(factory);

        var reminder = Assert.Single(await RemindersOfAsync(factory, reportId));
        Assert.Equal((ReminderKind.StageStalled, department, Roles.DepartmentReviewer),
            (reminder.Kind, reminder.RecipientOrgId, reminder.RecipientRole));
    }

    [Fact]
    public async Task Scan_ClosedRound_CreatesNothing()
    {
        var reportId = await OpenSingleReportRoundAsync(factory, Today(factory).AddDays(2), warningDays: 7);
        await CloseRoundOfAsync(factory, reportId);

        await ScanAsync(factory);

        Assert.Empty(await RemindersOfAsync(factory, reportId));
    }
}
