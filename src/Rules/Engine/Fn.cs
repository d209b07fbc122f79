using System.Globalization;
using System.Runtime.CompilerServices;
using PerfEval.Rules.Definitions;

namespace PerfEval.Rules.Engine;

/// <summary>
/// The function library rule expressions may call (registered with RulesEngine through
/// <c>ReSettings.CustomTypes</c>). Pure functions of the input; no clock, I/O or reflection.
/// </summary>
public static class Fn
{
    // Specs are string constants of compiled expressions: keyed by the string object, a lookup costs no hashing of the
    // text, and an entry goes away with the rule set that holds the string.
    private static readonly ConditionalWeakTable<string, DeductionRange[]> DeductionSpecs = new();
    private static readonly ConditionalWeakTable<string, QualitativeBand[]> BandSpecs = new();
    private static readonly ConditionalWeakTable<string, string[]> KeywordSpecs = new();

    /// <summary>The answered actual value of an indicator (0 when not answered; the indicator is then not assessable).</summary>
    /// <param name="input">Input.</param>
    /// <param name="key">Indicator key.</param>
    public static decimal Actual(RubricInput input, string key) => Guard(input).Answer(key)?.Actual ?? 0m;

    /// <summary>The answered target value of an indicator (0 when not answered; the indicator is then not assessable).</summary>
    /// <param name="input">Input.</param>
    /// <param name="key">Indicator key.</param>
    public static decimal Target(RubricInput input, string key) => Guard(input).Answer(key)?.Target ?? 0m;

    /// <summary>Whether a checklist item is ticked.</summary>
    /// <param name="input">Input.</param>
    /// <param name="key">Indicator key.</param>
    /// <param name="item">Item id.</param>
    public static bool Has(RubricInput input, string key, string item) => Guard(input).Answer(key)?.Checked.Contains(item) ?? false;

    /// <summary>
    /// A checklist item's points: 0 when not ticked; when ticked, the points minus a partial-credit deduction
    /// (a <c>Deduction</c> on the item, accepted only within (0, points]).
    /// </summary>
    /// <param name="input">Input.</param>
    /// <param name="key">Indicator key.</param>
    /// <param name="item">Item id.</param>
    /// <param name="points">Item points.</param>
    public static decimal Item(RubricInput input, string key, string item, decimal points) =>
        Judging.ItemScore(Guard(input).Answer(key), item, points);

    /// <summary>The chosen option ("" when none).</summary>
    /// <param name="input">Input.</param>
    /// <param name="key">Indicator key.</param>
    public static string Choice(RubricInput input, string key) => Guard(input).Answer(key)?.Choice ?? "";

    /// <summary>The number of cases found (0 when not answered).</summary>
    /// <param name="input">Input.</param>
    /// <param name="key">Indicator key.</param>
    public static decimal Count(RubricInput input, string key) => Math.Max(0, Guard(input).Answer(key)?.Count ?? 0);

    /// <summary>a / b, or 0 when b ≤ 0.</summary>
    /// <param name="a">Numerator.</param>
    /// <param name="b">Denominator.</param>
    public static decimal Ratio(decimal a, decimal b) => b <= 0 ? 0m : a / b;

    /// <summary>A judged score, refused (0) unless it lies in [min, max].</summary>
    /// <param name="input">Input.</param>
    /// <param name="key">Indicator key.</param>
    /// <param name="min">Lowest allowed.</param>
    /// <param name="max">Highest allowed.</param>
    public static decimal Judged(RubricInput input, string key, decimal min, decimal max) =>
        Judging.JudgedScore(Guard(input).Answer(key), min, max);

    /// <summary>Points minus the judged deductions that lie within their item's range; floor 0.</summary>
    /// <param name="input">Input.</param>
    /// <param name="key">Indicator key.</param>
    /// <param name="points">Full points.</param>
    /// <param name="spec">Items as <c>id:min:max;…</c>.</param>
    public static decimal Deducted(RubricInput input, string key, decimal points, string spec) =>
        Judging.DeductedScore(Guard(input).Answer(key), points, ParseDeductions(spec));

    /// <summary>A judged score inside the chosen qualitative band (refused → 0).</summary>
    /// <param name="input">Input.</param>
    /// <param name="key">Indicator key.</param>
    /// <param name="points">Full points.</param>
    /// <param name="spec">Bands as <c>id:lower%:upper%;…</c>.</param>
    public static decimal Banded(RubricInput input, string key, decimal points, string spec) =>
        Judging.Banded(Guard(input).Answer(key), points, ParseBands(spec)).Score;

    /// <summary>Rubric C: the score of the report's indicator rows of one category, scaled to <paramref name="points"/>.</summary>
    /// <param name="input">Input.</param>
    /// <param name="key">Indicator key (qualitative rows' answers are keyed <c>key#rowIndex</c>).</param>
    /// <param name="points">The category's points.</param>
    /// <param name="keywords">Category keywords separated by <c>|</c>.</param>
    /// <param name="formula">Reverse formula (<c>linear</c> or <c>targetOverActual</c>).</param>
    /// <param name="otherwise">Equal rows when not equal: <c>zero</c> or <c>proportional</c>.</param>
    /// <param name="tolerance">Equal rows' tolerance.</param>
    public static decimal Rows(RubricInput input, string key, decimal points, string keywords, string formula, string otherwise, decimal tolerance) =>
        RowScoring.Total(Guard(input), key, points, Filter(keywords, "", false), formula, otherwise, tolerance);

    /// <summary>
    /// Rubric C, as <see cref="Rows(RubricInput, string, decimal, string, string, string, decimal)"/> with a finer row filter:
    /// keywords may also match the 二级指标, and rows naming an excluded word in either level are left out.
    /// </summary>
    /// <param name="input">Input.</param>
    /// <param name="key">Indicator key (qualitative rows' answers are keyed <c>key#rowIndex</c>).</param>
    /// <param name="points">The category's points.</param>
    /// <param name="keywords">Category keywords separated by <c>|</c>.</param>
    /// <param name="matchLevel2">Also match the keywords against the 二级指标.</param>
    /// <param name="exclude">Words (separated by <c>|</c>) that keep a row out of this category.</param>
    /// <param name="formula">Reverse formula (<c>linear</c> or <c>targetOverActual</c>).</param>
    /// <param name="otherwise">Equal rows when not equal: <c>zero</c> or <c>proportional</c>.</param>
    /// <param name="tolerance">Equal rows' tolerance.</param>
    public static decimal Rows(RubricInput input, string key, decimal points, string keywords, bool matchLevel2, string exclude,
        string formula, string otherwise, decimal tolerance) =>
        RowScoring.Total(Guard(input), key, points, Filter(keywords, exclude, matchLevel2), formula, otherwise, tolerance);

    // Filters are built from the string constants of compiled expressions: one per (keywords, exclude, level 2) text.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string, string, bool), RowScoring.RowFilter> Filters = new();

    private static RowScoring.RowFilter Filter(string keywords, string exclude, bool matchLevel2) =>
        Filters.GetOrAdd((keywords ?? "", exclude ?? "", matchLevel2), k => new(ParseKeywords(k.Item1), ParseKeywords(k.Item2), k.Item3));

    /// <summary>
    /// 在职人数 / 编制数 × 100 from the department staffing table (0 without data: such an indicator is not assessable
    /// and scores 0 whatever the expression gives, see <see cref="IndicatorStatus.NotAssessable"/>).
    /// </summary>
    /// <param name="input">Input.</param>
    public static decimal StaffingRate(RubricInput input) => DepartmentMeasures.StaffingRate(Guard(input).Report) ?? 0m;

    /// <summary>"三公经费"变动率 (%) = (本年 − 上年) / 上年 × 100 (0 without data; not assessable then).</summary>
    /// <param name="input">Input.</param>
    public static decimal ThreePublicChangeRate(RubricInput input) => DepartmentMeasures.ThreePublicChangeRate(Guard(input).Report) ?? 0m;

    /// <summary>"三公经费"控制率 (%) = 实际 / 预算 × 100 (0 without data; not assessable then).</summary>
    /// <param name="input">Input.</param>
    public static decimal ThreePublicControlRate(RubricInput input) => DepartmentMeasures.ThreePublicControlRate(Guard(input).Report) ?? 0m;

    internal static DeductionRange[] ParseDeductions(string spec) => DeductionSpecs.GetValue(spec ?? "", s =>
        Ranges(s, (id, min, max) => new DeductionRange { Id = id, Min = min, Max = max }));

    internal static QualitativeBand[] ParseBands(string spec) => BandSpecs.GetValue(spec ?? "", s =>
        Ranges(s, (id, lower, upper) => new QualitativeBand { Id = id, LowerPercent = lower, UpperPercent = upper }));

    /// <summary>The ranges of a spec <c>id:from:to;id:from:to…</c> (numbers in invariant culture).</summary>
    private static T[] Ranges<T>(string spec, Func<string, decimal, decimal, T> range) =>
        [.. spec.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split(':'))
            .Select(p => range(p[0], decimal.Parse(p[1], CultureInfo.InvariantCulture), decimal.Parse(p[2], CultureInfo.InvariantCulture)))];

    internal static string[] ParseKeywords(string spec) =>
        KeywordSpecs.GetValue(spec ?? "", s => s.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static RubricInput Guard(RubricInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input;
    }
}
