using PerfEval.Rules.Model;

namespace PerfEval.Host.Components;

/// <summary>Every Chinese string of the web UI, in one place (labels, messages, column headers).</summary>
public static class UiText
{
    public const string AppName = "财政支出绩效自评系统";
    public const string AppShortName = "绩效自评";
    public const string NotAllowed = "您没有权限访问此页面。";
    public const string PageNotFound = "页面不存在。";
    public const string Loading = "正在加载…";
    public const string Error = "出错了";

    // Sign in / out
    public const string Login = "登录";
    public const string Logout = "退出登录";
    public const string UserName = "用户名";
    public const string Password = "密码";
    public const string LoginTitle = "登录财政支出绩效自评系统";
    public const string LoginBadCredentials = "用户名或密码错误，请重新输入。";
    public const string LoginUserNameRequired = "请输入用户名。";
    public const string LoginPasswordRequired = "请输入密码。";
    public const string LoginDemoHint = "演示账号：preparer、unithead、deptreviewer、financereviewer、financeadmin，密码 PerfEval-demo-2026";

    // Navigation
    public const string NavInbox = "我的待办";
    public const string NavReports = "报告列表";
    public const string NavDashboard = "统计分析";
    public const string NavReminders = "提醒";
    public const string NavApiDocs = "接口文档";
    public const string NewReport = "新建报告";
    public const string NewReportCreate = "创建草稿并开始填写";
    public const string UnreadReminders = "未读提醒";
    public const string RemindersUnreadOnly = "只看未读";
    public const string RemindersEmpty = "没有提醒。";
    public const string ReminderWhen = "日期";
    public const string ReminderKind = "类型";
    public const string ReminderMessage = "内容";
    public const string ReminderMarkRead = "标为已读";
    public const string ExportDocx = "导出 Word";
    public const string JumpToWorkflow = "审批操作";
    public const string ExportXlsx = "导出 Excel";

    // Lists
    public const string ColTitle = "项目名称";
    public const string ColKind = "类型";
    public const string ColUnit = "单位";
    public const string ColRound = "自评任务";
    public const string ColStage = "阶段";
    public const string ColDue = "截止日期";
    public const string ColScore = "综合得分";
    public const string ColGrade = "等次";
    public const string ColYear = "年度";
    public const string ColUpdated = "更新时间";
    public const string ColAction = "待办事项";
    public const string FilterRound = "按自评任务筛选";
    public const string FilterStage = "按阶段筛选";
    public const string FilterKind = "按报告类型筛选";
    public const string FilterAll = "全部";
    public const string Overdue = "已逾期";
    public const string RoundDeadline = "任务截止";
    public const string DueSoon = "即将到期";
    public const string InboxEmpty = "没有等待您处理的报告。";

    public static string InboxTotal(int total) => $"共 {total} 份待办";
    public const string ListEmpty = "没有符合条件的报告。";
    public const string Open = "打开";
    public const string RowsPerPage = "每页行数";
    public const string PagerInfoFormat = "第 {first_item}–{last_item} 条，共 {all_items} 条";
    public const string Untitled = "（未命名）";
    public const string InboxHint = "以下是等待您处理的报告，点击一行打开。";

    public static string KindLabel(ReportKind kind) => kind == ReportKind.Department ? "部门整体支出" : "项目支出";

    public static string PageInfo(int first, int last, int total) => $"第 {first}–{last} 条，共 {total} 条";

    public static string DaysOverdue(int days) => $"逾期 {days} 天";

    public static string DaysLeft(int days) => days == 0 ? "今天到期" : $"剩 {days} 天";
}
