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
internal static partial class ReportKindText
{
    /// <summary>项目名称 / 部门名称.</summary>
    public static string ProjectName(bool department) => department ? ProjectNameTemplate : ProjectName_2;

    /// <summary>
    /// The name column over a list of reports of <paramref name="kinds"/>: 部门名称 when all are department-overall reports,
    /// 项目名称 when none is, else 项目/部门名称.
    /// </summary>
    public static string ProjectName(IEnumerable<PerfEval.Rules.Model.ReportKind> kinds)
    {
        var set = kinds.Distinct().ToList();
        return set.Count == 1 ? ProjectName(set[0] == PerfEval.Rules.Model.ReportKind.Department) : set.Count == 0 ? ProjectName(false) : ProjectName_3;
    }

    /// <summary>项目单位 / 预算单位.</summary>
    public static string UnitName(bool department) => department ? UnitNameTemplate : UnitName_2;

    /// <summary>项目负责人 / 部门负责人.</summary>
    public static string PersonInCharge(bool department) => department ? PersonInChargeTemplate : PersonInCharge_2;

    /// <summary>项目起始时间 / 评价期间（起）.</summary>
    public static string StartDate(bool department) => department ? StartDateTemplate : StartDate_2;

    /// <summary>项目结束时间 / 评价期间（止）.</summary>
    public static string EndDate(bool department) => department ? EndDateTemplate : EndDate_2;

    /// <summary>The six narrative parts in the order of the form of each kind.</summary>
    public static IReadOnlyList<NarrativePartText> NarrativeParts(bool department) => department ? DepartmentParts : ProjectParts;

    private static readonly (string Key, NarrativePartText Part) Overview = ("Overview", new("overview", "", "", n => n.Overview, (n, v) => n.Overview = v));
    private static readonly (string Key, NarrativePartText Part) Funds = ("Funds", new("fundsUseAndManagement", "", "", n => n.FundsUseAndManagement, (n, v) => n.FundsUseAndManagement = v));
    private static readonly (string Key, NarrativePartText Part) Implementation = ("Implementation", new("implementation", "", "", n => n.Implementation, (n, v) => n.Implementation = v));
    private static readonly (string Key, NarrativePartText Part) Conclusion = ("Conclusion", new("conclusion", "", "", n => n.Conclusion, (n, v) => n.Conclusion = v));
    private static readonly (string Key, NarrativePartText Part) Performance = ("Performance", new("performanceAnalysis", "", "", n => n.PerformanceAnalysis, (n, v) => n.PerformanceAnalysis = v));
    private static readonly (string Key, NarrativePartText Part) Experience = ("Experience", new("experienceProblemsSuggestions", "", "", n => n.ExperienceProblemsSuggestions, (n, v) => n.ExperienceProblemsSuggestions = v));

    private static NarrativePartText[] ProjectParts => Headed(nameof(ProjectParts), Overview, Funds, Implementation, Conclusion, Performance, Experience);

    // The department-overall report's own headings: the project headings (项目概况, 项目组织实施…) do not fit a whole budget.
    private static NarrativePartText[] DepartmentParts => Headed(nameof(DepartmentParts), Overview, Funds, Implementation, Performance, Conclusion, Experience);

    /// <summary>The parts in the given order, headed by the resources <c>{kind}_{part}_Title</c> and <c>_Label</c> (read per call: the UI culture decides).</summary>
    private static NarrativePartText[] Headed(string kind, params (string Key, NarrativePartText Part)[] parts) =>
        [.. parts.Select(p => p.Part with { Title = Heading(kind, p.Key, "Title"), Label = Heading(kind, p.Key, "Label") })];

    private static string Heading(string kind, string part, string which) =>
        GetResourceString($"{kind}_{part}_{which}") ?? throw new InvalidOperationException($"No resource {kind}_{part}_{which}.");
}
