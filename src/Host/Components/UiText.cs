namespace PerfEval.Host.Components;

/// <summary>Every Chinese string of the web UI, in one place (labels, messages, column headers).</summary>
public static class UiText
{
    private static readonly TextResources R = new(typeof(UiText));

    public static string AppName => R[nameof(AppName)];
    public static string AppShortName => R[nameof(AppShortName)];
    public static string NotAllowed => R[nameof(NotAllowed)];
    public static string PageNotFound => R[nameof(PageNotFound)];
    public static string Loading => R[nameof(Loading)];
    public static string Error => R[nameof(Error)];

    // Sign in / out
    public static string Login => R[nameof(Login)];
    public static string Logout => R[nameof(Logout)];
    public static string UserName => R[nameof(UserName)];
    public static string Password => R[nameof(Password)];
    public static string LoginTitle => R[nameof(LoginTitle)];
    public static string LoginBadCredentials => R[nameof(LoginBadCredentials)];
    public static string LoginUserNameRequired => R[nameof(LoginUserNameRequired)];
    public static string LoginPasswordRequired => R[nameof(LoginPasswordRequired)];
    public static string LoginDemoHint => R[nameof(LoginDemoHint)];

    // Navigation
    public static string NavInbox => R[nameof(NavInbox)];
    public static string NavReports => R[nameof(NavReports)];
    public static string NavDashboard => R[nameof(NavDashboard)];
    public static string NavReminders => R[nameof(NavReminders)];
    public static string NavApiDocs => R[nameof(NavApiDocs)];
    public static string NewReport => R[nameof(NewReport)];
    public static string NewReportCreate => R[nameof(NewReportCreate)];
    public static string UnreadReminders => R[nameof(UnreadReminders)];
    public static string RemindersUnreadOnly => R[nameof(RemindersUnreadOnly)];
    public static string RemindersEmpty => R[nameof(RemindersEmpty)];
    public static string ReminderWhen => R[nameof(ReminderWhen)];
    public static string ReminderKind => R[nameof(ReminderKind)];
    public static string ReminderMessage => R[nameof(ReminderMessage)];
    public static string ReminderMarkRead => R[nameof(ReminderMarkRead)];
    public static string ExportDocx => R[nameof(ExportDocx)];
    public static string JumpToWorkflow => R[nameof(JumpToWorkflow)];
    public static string ExportXlsx => R[nameof(ExportXlsx)];

    // Lists
    public static string ColTitle => R[nameof(ColTitle)];
    public static string ColKind => R[nameof(ColKind)];
    public static string ColUnit => R[nameof(ColUnit)];
    public static string ColRound => R[nameof(ColRound)];
    public static string ColStage => R[nameof(ColStage)];
    public static string ColDue => R[nameof(ColDue)];
    public static string ColScore => R[nameof(ColScore)];
    public static string ColGrade => R[nameof(ColGrade)];
    public static string ColYear => R[nameof(ColYear)];
    public static string ColUpdated => R[nameof(ColUpdated)];
    public static string ColAction => R[nameof(ColAction)];
    public static string FilterRound => R[nameof(FilterRound)];
    public static string FilterStage => R[nameof(FilterStage)];
    public static string FilterKind => R[nameof(FilterKind)];
    public static string FilterAll => R[nameof(FilterAll)];
    public static string Overdue => R[nameof(Overdue)];
    public static string RoundDeadline => R[nameof(RoundDeadline)];
    public static string DueSoon => R[nameof(DueSoon)];
    public static string InboxEmpty => R[nameof(InboxEmpty)];

    public static string InboxTotal(int total) => R.Format("InboxTotal", total);
    public static string ListEmpty => R[nameof(ListEmpty)];
    public static string Open => R[nameof(Open)];
    public static string RowsPerPage => R[nameof(RowsPerPage)];
    public static string PagerInfoFormat => R[nameof(PagerInfoFormat)];
    public static string Untitled => R[nameof(Untitled)];
    public static string InboxHint => R[nameof(InboxHint)];

    public static string KindLabel(ReportKind kind) => kind == ReportKind.Department ? R["KindLabel"] : R["KindLabel_2"];

    public static string PageInfo(int first, int last, int total) => R.Format("PageInfo", first, last, total);

    public static string DaysOverdue(int days) => R.Format("DaysOverdue", days);

    public static string DaysLeft(int days) => days == 0 ? R["DaysLeft"] : R.Format("DaysLeft_2", days);

    public static string Menu => R[nameof(Menu)];
}
