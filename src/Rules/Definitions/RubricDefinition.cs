using PerfEval.Rules.Model;

namespace PerfEval.Rules.Definitions;

/// <summary>What a rule set is for.</summary>
public enum RubricKind
{
    /// <summary>A scoring rubric (评分标准): indicators with points that add up to 100.</summary>
    Scoring,

    /// <summary>Consistency checks (数据校验): arithmetic and sanity rules that produce findings.</summary>
    Checks,
}

/// <summary>
/// The editable model of a rule set: an indicator tree (level-1 → level-2 → level-3 indicators), each indicator
/// a scoring template with typed parameters, plus grade bands. Converts losslessly to and from the RulesEngine
/// workflow JSON stored in <c>rule-sets/</c> (<see cref="ToWorkflowJson"/>, <see cref="FromWorkflowJson"/>).
/// </summary>
public sealed class RubricDefinition
{
    /// <summary>Stable id, also the RulesEngine workflow name (e.g. <c>rubric-a-project</c>).</summary>
    public string Id { get; set; } = "";

    /// <summary>Title shown to people (e.g. 项目支出绩效评价指标体系).</summary>
    public string Title { get; set; } = "";

    /// <summary>Version number written in the file (the store keeps its own version history).</summary>
    public int Version { get; set; } = 1;

    /// <summary>Scoring rubric or consistency checks.</summary>
    public RubricKind Kind { get; set; }

    /// <summary>The report kind this rubric scores by default, if any.</summary>
    public ReportKind? ReportKind { get; set; }

    /// <summary>Free-text description (source of the rubric, notes).</summary>
    public string? Description { get; set; }

    /// <summary>
    /// What an indicator marked 不适用 does to the score (only indicators with <see cref="IndicatorDefinition.AllowNotApplicable"/>):
    /// excluded and its level-1 group rescaled (default), or scored 0.
    /// </summary>
    public NotApplicablePolicy NotApplicable { get; set; } = NotApplicablePolicy.Rescale;

    /// <summary>评价等次 bands; the default is the 财政部 bands 优/良/中/差.</summary>
    public List<GradeBand> GradeBands { get; set; } = GradeBand.Defaults();

    /// <summary>Level-1 groups (一级指标) with their level-2 groups and indicators. Empty for checks.</summary>
    public List<IndicatorGroup> Groups { get; set; } = [];

    /// <summary>Consistency checks (only for <see cref="RubricKind.Checks"/>).</summary>
    public List<CheckDefinition> Checks { get; set; } = [];

    /// <summary>All indicators of the tree in document order.</summary>
    public IEnumerable<IndicatorDefinition> AllIndicators()
    {
        foreach (var l1 in Groups)
        {
            foreach (var i in l1.Indicators)
            {
                yield return i;
            }

            foreach (var l2 in l1.Children)
            {
                foreach (var i in l2.Indicators)
                {
                    yield return i;
                }
            }
        }
    }

    /// <summary>Writes the rule set as a RulesEngine workflow JSON (indented) with generated expressions.</summary>
    public string ToWorkflowJson() => RulesEngineJson.Write(this);

    /// <summary>Reads a rule set from its RulesEngine workflow JSON.</summary>
    /// <param name="json">The workflow JSON.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="ArgumentException">The JSON is empty.</exception>
    /// <exception cref="FormatException">The JSON is not a rule-set workflow (message names the rule).</exception>
    public static RubricDefinition FromWorkflowJson(string json)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(json);
        return RulesEngineJson.Read(json);
    }

    /// <summary>Whether this rule set may score a report of <paramref name="kind"/>: a scoring rubric for that kind (or for any kind when none is set).</summary>
    /// <param name="kind">The report's kind.</param>
    public bool Scores(ReportKind kind) => Kind == RubricKind.Scoring && (ReportKind is null || ReportKind == kind);

    /// <summary>Why this rule set may not score a report of <paramref name="kind"/>, in plain Chinese; null when it may.</summary>
    /// <param name="kind">The report's kind.</param>
    public string? WhyNotFor(ReportKind kind) =>
        Kind != RubricKind.Scoring ? $"规则集 {Id} 是数据校验规则集，不能用于评分"
        : Scores(kind) ? null
        : $"规则集 {Id}（{Title}）只适用于{KindLabel(ReportKind!.Value)}报告，不能为{KindLabel(kind)}报告评分";

    /// <summary>项目支出 / 部门整体支出.</summary>
    /// <param name="kind">A report kind.</param>
    public static string KindLabel(ReportKind kind) => kind == Model.ReportKind.Department ? "部门整体支出" : "项目支出";

    /// <summary>The grade of a total according to <see cref="GradeBands"/>, or <c>null</c> if no band holds it.</summary>
    /// <param name="total">The total score.</param>
    public string? GradeOf(decimal total) => GradeBand.Find(GradeBands, total)?.Grade;
}

/// <summary>What marking an indicator 不适用 does to the score.</summary>
public enum NotApplicablePolicy
{
    /// <summary>
    /// The indicator is left out and the other indicators of its level-1 group are scaled up so the group keeps its
    /// points (national practice); when a whole level-1 group is 不适用, the other groups are scaled up to 100.
    /// </summary>
    Rescale,

    /// <summary>The indicator scores 0 (its points are lost).</summary>
    Zero,
}

/// <summary>A 评价等次 band: <see cref="Min"/> inclusive, <see cref="Max"/> exclusive unless <see cref="MaxInclusive"/>.</summary>
public sealed class GradeBand
{
    /// <summary>The grade, e.g. 优.</summary>
    public string Grade { get; set; } = "";

    /// <summary>Other words that mean this grade on real forms (e.g. 优秀).</summary>
    public List<string> Aliases { get; set; } = [];

    /// <summary>Lower bound (inclusive).</summary>
    public decimal Min { get; set; }

    /// <summary>Upper bound.</summary>
    public decimal Max { get; set; }

    /// <summary>Whether <see cref="Max"/> itself belongs to the band (true only for the top band).</summary>
    public bool MaxInclusive { get; set; }

    /// <summary>Whether <paramref name="total"/> lies in the band.</summary>
    /// <param name="total">A total score.</param>
    public bool Contains(decimal total) => total >= Min && (MaxInclusive ? total <= Max : total < Max);

    /// <summary>The 财政部 bands: 优 [90,100], 良 [80,90), 中 [60,80), 差 [0,60).</summary>
    public static List<GradeBand> Defaults() =>
    [
        new() { Grade = "优", Aliases = ["优秀"], Min = 90, Max = 100, MaxInclusive = true },
        new() { Grade = "良", Aliases = ["良好"], Min = 80, Max = 90 },
        new() { Grade = "中", Aliases = ["中等", "合格"], Min = 60, Max = 80 },
        new() { Grade = "差", Aliases = ["较差", "不合格"], Min = 0, Max = 60 },
    ];

    /// <summary>The band holding <paramref name="total"/>.</summary>
    /// <param name="bands">Bands.</param>
    /// <param name="total">Total.</param>
    public static GradeBand? Find(IEnumerable<GradeBand> bands, decimal total)
    {
        ArgumentNullException.ThrowIfNull(bands);
        return bands.FirstOrDefault(b => b.Contains(total));
    }

    /// <summary>The band whose grade or alias is <paramref name="text"/>, or <c>null</c> if it is not a grade.</summary>
    /// <param name="bands">Bands.</param>
    /// <param name="text">Text as written on a form.</param>
    public static GradeBand? Parse(IEnumerable<GradeBand> bands, string? text)
    {
        ArgumentNullException.ThrowIfNull(bands);
        var t = text?.Trim();
        if (string.IsNullOrEmpty(t))
        {
            return null;
        }

        return bands.FirstOrDefault(b => b.Grade == t || b.Aliases.Contains(t));
    }
}

/// <summary>A level-1 (一级) or level-2 (二级) indicator group.</summary>
public sealed class IndicatorGroup
{
    /// <summary>Key, e.g. <c>A.1</c> or <c>A.1.2</c>.</summary>
    public string Key { get; set; } = "";

    /// <summary>Name, e.g. 项目决策.</summary>
    public string Name { get; set; } = "";

    /// <summary>分值: must equal the sum of its children (level-2 groups and indicators).</summary>
    public decimal Points { get; set; }

    /// <summary>Level-2 groups (only under a level-1 group).</summary>
    public List<IndicatorGroup> Children { get; set; } = [];

    /// <summary>Indicators directly under this group.</summary>
    public List<IndicatorDefinition> Indicators { get; set; } = [];
}

/// <summary>A scored indicator (三级指标): one RulesEngine rule.</summary>
public sealed class IndicatorDefinition
{
    /// <summary>Key and RulesEngine rule name, e.g. <c>A.1.1.1</c>; answers in a report refer to it.</summary>
    public string Key { get; set; } = "";

    /// <summary>Name, e.g. 目标内容.</summary>
    public string Name { get; set; } = "";

    /// <summary>分值.</summary>
    public decimal Points { get; set; }

    /// <summary>The scoring template.</summary>
    public TemplateKind Template { get; set; }

    /// <summary>The template's parameters.</summary>
    public TemplateParameters Parameters { get; set; } = new();

    /// <summary>Raw RulesEngine expression, only for <see cref="TemplateKind.Advanced"/>.</summary>
    public string? Expression { get; set; }

    /// <summary>Scoring standard as written on the form (评分标准), for people.</summary>
    public string? Standard { get; set; }

    /// <summary>Supporting evidence the unit must attach (佐证材料), if any.</summary>
    public string? Evidence { get; set; }

    /// <summary>
    /// Whether an answered indicator must have a file attached (JSON <c>evidenceRequired</c>: <c>error</c> blocks submission,
    /// <c>warning</c> only shows); null when attaching is optional.
    /// </summary>
    public EvidenceRequirement? EvidenceRequired { get; set; }

    /// <summary>Whether a unit may mark this indicator 不适用 (with a reason), e.g. 环境效益 for a training project.</summary>
    public bool AllowNotApplicable { get; set; }

    /// <summary>
    /// The 评分标准 people read: the hand-written <see cref="Standard"/> when there is one, else the text generated from
    /// the template's parameters (so it never goes stale).
    /// </summary>
    public string StandardText => string.IsNullOrWhiteSpace(Standard) ? Templates.StandardText.Generate(this) : Standard.Trim();
}

/// <summary>One consistency check (数据校验): a named check function with a severity and a rounding tolerance.</summary>
public sealed class CheckDefinition
{
    /// <summary>Key and rule name, e.g. <c>K.funding-rows</c>.</summary>
    public string Key { get; set; } = "";

    /// <summary>What the check verifies, for people.</summary>
    public string Name { get; set; } = "";

    /// <summary>The check function from <see cref="Checks.CheckKinds"/>.</summary>
    public string Check { get; set; } = "";

    /// <summary>Differences up to this amount are reported as a warning (rounding), above it as an error.</summary>
    public decimal Tolerance { get; set; } = 0.01m;
}
