using PerfEval.Workflows.Reminders;

namespace PerfEval.Workflows.Tests.Reminders;

public sealed class ReminderPolicyTests
{
    private static readonly Guid Unit = Guid.NewGuid();
    private static readonly Guid Department = Guid.NewGuid();
    private static readonly ReminderRecipient Preparer = new(Unit, "Preparer");
    private static readonly ReminderRecipient Supervisor = new(Department, "DepartmentReviewer");
    private static readonly DateOnly Deadline = new(2026, 12, 31);
    private readonly ReminderPolicy _policy = new(escalateAfterDays: 3);

    private static ReportReminderFacts Draft(DateOnly? deadline = null, int warningDays = 7) => new()
    {
        Stage = "Draft", StageEnteredOn = new DateOnly(2026, 11, 1), Submitted = false,
        Deadline = deadline ?? Deadline, WarningDays = warningDays, StageDueDays = 0, Actor = Preparer, Supervisor = Supervisor,
    };

    [Fact]
    public void Evaluate_BeforeWarningWindow_NothingDue()
    {
        var due = _policy.Evaluate(Draft(), Deadline.AddDays(-8));

        Assert.Empty(due);
    }

    [Theory]
    [InlineData(-7, 7)]
    [InlineData(-1, 1)]
    [InlineData(0, 0)]
    public void Evaluate_InsideWarningWindow_NearDeadlineToActorWithDaysLeft(int offset, int daysLeft)
    {
        var due = _policy.Evaluate(Draft(), Deadline.AddDays(offset));

        var reminder = Assert.Single(due);
        Assert.Equal(new ReminderDue(ReminderKind.NearDeadline, Preparer, false, daysLeft), reminder);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Evaluate_OverdueUpToThreshold_OverdueToActor(int daysLate)
    {
        var due = _policy.Evaluate(Draft(), Deadline.AddDays(daysLate));

        Assert.Equal(new ReminderDue(ReminderKind.Overdue, Preparer, false, daysLate), Assert.Single(due));
    }

    [Fact]
    public void Evaluate_OverduePastThreshold_EscalatesToSupervisor()
    {
        var due = _policy.Evaluate(Draft(), Deadline.AddDays(4));

        Assert.Equal(new ReminderDue(ReminderKind.Overdue, Supervisor, true, 4), Assert.Single(due));
    }

    [Fact]
    public void Evaluate_OverduePastThresholdWithoutSupervisor_StaysWithActor()
    {
        var due = _policy.Evaluate(Draft() with { Supervisor = null }, Deadline.AddDays(10));

        Assert.Equal(new ReminderDue(ReminderKind.Overdue, Preparer, false, 10), Assert.Single(due));
    }

    [Fact]
    public void Evaluate_Submitted_NoDeadlineReminders()
    {
        var facts = Draft() with { Stage = "UnitSignOff", Submitted = true, StageEnteredOn = Deadline, StageDueDays = 3 };

        Assert.Empty(_policy.Evaluate(facts, Deadline.AddDays(2)));
    }

    [Fact]
    public void Evaluate_NoDeadline_NoDeadlineReminders()
    {
        Assert.Empty(_policy.Evaluate(Draft() with { Deadline = null }, Deadline.AddDays(5)));
    }

    [Fact]
    public void Evaluate_StageWithinDueDays_NothingDue()
    {
        var head = new ReminderRecipient(Unit, "UnitHead");
        var facts = Draft() with { Stage = "UnitSignOff", Submitted = true, StageEnteredOn = new DateOnly(2026, 12, 1), StageDueDays = 3, Actor = head };

        Assert.Empty(_policy.Evaluate(facts, new DateOnly(2026, 12, 4)));
    }

    [Fact]
    public void Evaluate_StagePastDueDays_StalledToActingRole()
    {
        var head = new ReminderRecipient(Unit, "UnitHead");
        var facts = Draft() with { Stage = "UnitSignOff", Submitted = true, StageEnteredOn = new DateOnly(2026, 12, 1), StageDueDays = 3, Actor = head };

        var due = _policy.Evaluate(facts, new DateOnly(2026, 12, 5));

        Assert.Equal(new ReminderDue(ReminderKind.StageStalled, head, false, 1), Assert.Single(due));
    }

    [Fact]
    public void Evaluate_StalledPastThreshold_Escalates()
    {
        var head = new ReminderRecipient(Unit, "UnitHead");
        var facts = Draft() with { Stage = "UnitSignOff", Submitted = true, StageEnteredOn = new DateOnly(2026, 12, 1), StageDueDays = 3, Actor = head };

        var due = _policy.Evaluate(facts, new DateOnly(2026, 12, 8));

        Assert.Equal(new ReminderDue(ReminderKind.StageStalled, Supervisor, true, 4), Assert.Single(due));
    }

    [Fact]
    public void Evaluate_DraftWithZeroDueDays_NeverStalled()
    {
        var facts = Draft() with { Deadline = null, StageEnteredOn = new DateOnly(2020, 1, 1) };

        Assert.Empty(_policy.Evaluate(facts, Deadline));
    }

    [Fact]
    public void Constructor_NegativeThreshold_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReminderPolicy(-1));
    }

    [Fact]
    public void Evaluate_NullFacts_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => _policy.Evaluate(null!, Deadline));
    }

    [Fact]
    public void Recipient_BlankRole_Throws()
    {
        Assert.Throws<ArgumentException>(() => new ReminderRecipient(Unit, " "));
    }

    [Fact]
    public void LocalDate_LateUtcEvening_IsNextDayInShanghai()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

        var day = ReminderPolicy.LocalDate(new DateTimeOffset(2026, 12, 30, 17, 0, 0, TimeSpan.Zero), zone);

        Assert.Equal(new DateOnly(2026, 12, 31), day);
    }
}
