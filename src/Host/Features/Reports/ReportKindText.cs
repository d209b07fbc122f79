using PerfEval.Rules.Model;

namespace PerfEval.Host.Features.Reports;

/// <summary>One part of 评价报告综述 (narrative) as a report kind names it, and the model field it is kept in.</summary>
/// <param name="Field">The JSON name of the field under <c>narrative</c> (e.g. <c>overview</c>).</param>
/// <param name="Title">The numbered heading, e.g. （一）项目基本概况.</param>
/// <param name="Label">The heading without its number, for form fields.</param>
/// <param name="Get">Reads the field.</param>
/// <param name="Set">Writes the field.</param>
public sealed record NarrativePartText(string Field, string Title, string Label, Func<Narrative, string?> Get, Action<Narrative, string?> Set);

/// <summary>
/// Chinese texts that differ by report kind (项目名称 / 部门名称, the narrative headings of a department report) and the texts
/// of the model additions (month-only and open-ended dates, merged 分值, 年度总体运行情况). Shared by the form, the Word
/// export and the import, so all three name a field alike; to move into resources with the other UI texts.
/// </summary>
public static class ReportKindText
{
    public const string DatePlaceholder = "年-月-日 或 年-月";
    public const string DateFormatError = "日期格式应为 年-月-日 或 年-月（如 2024-03-31、2020-08）；“起至今”写作 2020-08..（或 2020年8月起）。";
    public const string DateHint = "只知道月份时填 年-月；“起至今”在日期后加 ..";

    public const string SharesPoints = "与上行共用分值";
    public const string SharesPointsHint = "合并单元格：本行没有自己的分值，与上面的行共用一个分值，按一组计分";

    public const string YearOverview = "年度总体运行情况及取得的成绩";

    /// <summary>项目名称 / 部门名称.</summary>
    public static string ProjectName(bool department) => department ? "部门名称" : "项目名称";

    /// <summary>
    /// The name column over a list of reports of <paramref name="kinds"/>: 部门名称 when all are department-overall reports,
    /// 项目名称 when none is, else 项目/部门名称.
    /// </summary>
    public static string ProjectName(IEnumerable<PerfEval.Rules.Model.ReportKind> kinds)
    {
        var set = kinds.Distinct().ToList();
        return set.Count == 1 ? ProjectName(set[0] == PerfEval.Rules.Model.ReportKind.Department) : set.Count == 0 ? ProjectName(false) : "项目/部门名称";
    }

    /// <summary>项目单位 / 预算单位.</summary>
    public static string UnitName(bool department) => department ? "预算单位" : "项目单位";

    /// <summary>项目负责人 / 部门负责人.</summary>
    public static string PersonInCharge(bool department) => department ? "部门负责人" : "项目负责人";

    /// <summary>项目起始时间 / 评价期间（起）.</summary>
    public static string StartDate(bool department) => department ? "评价期间（起）" : "项目起始时间";

    /// <summary>项目结束时间 / 评价期间（止）.</summary>
    public static string EndDate(bool department) => department ? "评价期间（止）" : "项目结束时间";

    /// <summary>The six narrative parts in the order of the form of each kind.</summary>
    public static IReadOnlyList<NarrativePartText> NarrativeParts(bool department) => department ? DepartmentParts : ProjectParts;

    private static readonly NarrativePartText Overview = new("overview", "", "", n => n.Overview, (n, v) => n.Overview = v);
    private static readonly NarrativePartText Funds = new("fundsUseAndManagement", "", "", n => n.FundsUseAndManagement, (n, v) => n.FundsUseAndManagement = v);
    private static readonly NarrativePartText Implementation = new("implementation", "", "", n => n.Implementation, (n, v) => n.Implementation = v);
    private static readonly NarrativePartText Conclusion = new("conclusion", "", "", n => n.Conclusion, (n, v) => n.Conclusion = v);
    private static readonly NarrativePartText Performance = new("performanceAnalysis", "", "", n => n.PerformanceAnalysis, (n, v) => n.PerformanceAnalysis = v);
    private static readonly NarrativePartText Experience = new("experienceProblemsSuggestions", "", "", n => n.ExperienceProblemsSuggestions, (n, v) => n.ExperienceProblemsSuggestions = v);

    private static readonly NarrativePartText[] ProjectParts =
    [
        Overview with { Title = "（一）项目基本概况", Label = "项目概况" },
        Funds with { Title = "（二）项目资金使用及管理情况", Label = "资金使用及管理情况" },
        Implementation with { Title = "（三）项目组织实施情况", Label = "组织实施情况" },
        Conclusion with { Title = "（四）综合评价情况及评价结论", Label = "综合评价情况及评价结论" },
        Performance with { Title = "（五）项目主要绩效情况分析", Label = "主要绩效情况分析" },
        Experience with { Title = "（六）主要经验及做法、存在问题和建议", Label = "经验做法、存在问题和改进建议" },
    ];

    // The department-overall report's own headings: the project headings (项目概况, 项目组织实施…) do not fit a whole budget.
    private static readonly NarrativePartText[] DepartmentParts =
    [
        Overview with { Title = "（一）部门（单位）基本情况", Label = "部门（单位）基本情况" },
        Funds with { Title = "（二）部门整体支出管理及使用情况", Label = "部门整体支出管理及使用情况" },
        Implementation with { Title = "（三）预算、资产和项目管理情况", Label = "预算、资产和项目管理情况" },
        Performance with { Title = "（四）部门整体支出绩效情况", Label = "部门整体支出绩效情况" },
        Conclusion with { Title = "（五）绩效自评结论", Label = "绩效自评结论" },
        Experience with { Title = "（六）存在的问题、原因及改进措施", Label = "存在的问题、原因及改进措施" },
    ];
}
