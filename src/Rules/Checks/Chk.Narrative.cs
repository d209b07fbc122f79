using System.Globalization;
using System.Text.RegularExpressions;
using PerfEval.Rules.Engine;
using PerfEval.Rules.Explanations;
using PerfEval.Rules.Model;

namespace PerfEval.Rules.Checks;

/// <summary>
/// Checks of the narrative (评价报告综述): dates that do not exist (2020年9月31日) and amounts quoted next to a table's label
/// that contradict the table or its unit (支出合计3179.1元 against a table's 3179.61 万元). Warnings: prose is read, not parsed.
/// </summary>
public static partial class Chk
{
    private sealed record Quoted(string Labels, string Name, Func<ReportDocument, (decimal? Value, MoneyUnit Unit)> Table);

    // Longer labels first where one contains another (支出合计 before 支出); each quoted amount is compared with one figure.
    private static readonly Quoted[] ProjectAmounts =
    [
        new("计划安排资金|计划安排|年初预算数|预算安排|安排资金", "资金表计划安排资金", r => (r.Funding.Planned.Amount, MoneyUnit.WanYuan)),
        new("实际到位资金|到位资金|资金到位", "资金表实际到位资金", r => (r.Funding.Arrived.Amount, MoneyUnit.WanYuan)),
        new("实际支出", "资金表实际支出", r => (r.Funding.Spent.Amount, MoneyUnit.WanYuan)),
        new("结余资金|资金结余", "资金表结余", r => (r.Funding.Balance.Amount, MoneyUnit.WanYuan)),
    ];

    private static readonly Quoted[] DepartmentAmounts =
    [
        new("收入合计|总收入|收入总计", "部门收入表收入合计", r => Summary(r, d => d.Revenue, s => s.Total)),
        new("上年结转", "部门收入表上年结转", r => Summary(r, d => d.Revenue, s => s.CarriedOver)),
        new("支出合计|总支出|支出总计", "部门支出表支出合计", r => Summary(r, d => d.Expenditure, s => s.Total)),
        new("基本支出", "部门支出表基本支出", r => Summary(r, d => d.Expenditure, s => s.Basic)),
        new("项目支出", "部门支出表项目支出", r => Summary(r, d => d.Expenditure, s => s.Project)),
        new("人员支出|人员经费", "部门支出表人员支出", r => Summary(r, d => d.Expenditure, s => s.Personnel)),
        new("公用支出|公用经费", "部门支出表公用支出", r => Summary(r, d => d.Expenditure, s => s.Public)),
        new("三公经费|“三公”经费|\"三公\"经费", "\"三公\"经费表合计", r => Summary(r, d => d.ThreePublic, s => s.Total)),
    ];

    /// <summary>Dates written in the narrative exist on the calendar (公历): 2020年9月31日, 2021-02-30 and 二〇二〇年九月三十一日 do not.</summary>
    /// <param name="input">Input.</param>
    /// <param name="tolerance">Unused.</param>
    public static List<Finding> NarrativeDates(RubricInput input, decimal tolerance)
    {
        ArgumentNullException.ThrowIfNull(input);
        var f = new List<Finding>();
        foreach (var (field, label, text) in NarrativeTexts(input.Report))
        {
            foreach (Match m in DateRegex().Matches(text))
            {
                var (y, mo, d) = (ChineseNumber(m.Groups["y"].Value), ChineseNumber(m.Groups["m"].Value), ChineseNumber(m.Groups["d"].Value));
                if (y is not { } year || mo is not { } month || year is < 1900 or > 2200)
                {
                    continue;
                }

                string? why = month is < 1 or > 12 ? $"没有 {month} 月"
                    : m.Groups["d"].Success && d is { } day && (day < 1 || day > DateTime.DaysInMonth(year, month)) ? $"{year} 年 {month} 月只有 {DateTime.DaysInMonth(year, month)} 天"
                    : null;
                if (why is not null)
                {
                    f.Add(new(FindingSeverity.Warning, field, $"{label}中的日期「{m.Value}」不存在（{why}）：「{Sentence(text, m.Index)}」", "narrativeDates"));
                }
            }
        }

        return f;
    }

    /// <summary>
    /// Amounts the narrative quotes right after a table's label (支出合计、实际到位资金…) agree with that table, in the unit written
    /// (元 / 万元 / 亿元), to the precision written (约 3180 万元 fits 3179.61 万元).
    /// </summary>
    /// <param name="input">Input.</param>
    /// <param name="tolerance">Rounding tolerance in the table's unit.</param>
    public static List<Finding> NarrativeAmounts(RubricInput input, decimal tolerance)
    {
        ArgumentNullException.ThrowIfNull(input);
        var f = new List<Finding>();
        var report = input.Report;
        var quoted = report.Department is null ? ProjectAmounts : DepartmentAmounts;
        foreach (var (field, label, text) in NarrativeTexts(report))
        {
            foreach (var q in quoted)
            {
                var (table, tableUnit) = q.Table(report);
                if (table is not { } t)
                {
                    continue;
                }

                foreach (Match m in AmountRegex(q.Labels).Matches(text))
                {
                    var digits = m.Groups["n"].Value.Replace(",", "", StringComparison.Ordinal).Replace("，", "", StringComparison.Ordinal);
                    if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n))
                    {
                        continue;
                    }

                    var unit = m.Groups["u"].Value;
                    var inUnit = Convert(t, tableUnit, unit);
                    var places = digits.Contains('.', StringComparison.Ordinal) ? digits.Length - digits.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
                    if (Math.Round(inUnit, places, MidpointRounding.AwayFromZero) == n || Math.Abs(inUnit - n) <= Convert(tolerance, tableUnit, unit))
                    {
                        continue;
                    }

                    var tableText = $"{Zh.N(t)} {MoneyUnits.Label(tableUnit)}";
                    var why = n == t && unit != MoneyUnits.Label(tableUnit) ? $"，单位不符（表中单位为{MoneyUnits.Label(tableUnit)}）" : "";
                    f.Add(new(FindingSeverity.Warning, field,
                        $"{label}中「{Sentence(text, m.Index)}」写的 {m.Groups["n"].Value}{unit} 与{q.Name} {tableText}不符{why}", "narrativeAmounts"));
                }
            }
        }

        return f;
    }

    private static (decimal? Value, MoneyUnit Unit) Summary<TRow>(ReportDocument r, Func<DepartmentSection, InstitutionTable<TRow>> table, Func<TRow, decimal?> get)
        where TRow : class =>
        r.Department is { } d && table(d) is { Summary: { } s } t ? (get(s), t.Unit) : (null, MoneyUnit.WanYuan);

    private static decimal Convert(decimal amount, MoneyUnit from, string to)
    {
        var yuan = from == MoneyUnit.Yuan ? amount : amount * 10_000m;
        return to switch
        {
            "元" => yuan,
            "亿元" => yuan / 100_000_000m,
            _ => yuan / 10_000m,
        };
    }

    /// <summary>The narrative texts with their JSON path and their heading as people read it.</summary>
    private static IEnumerable<(string Field, string Label, string Text)> NarrativeTexts(ReportDocument r)
    {
        var n = r.Narrative;
        var texts = new (string Field, string Label, string? Text)[]
        {
            ("narrative.overview", "「项目概况」", n?.Overview),
            ("narrative.fundsUseAndManagement", "「资金使用及管理情况」", n?.FundsUseAndManagement),
            ("narrative.implementation", "「组织实施情况」", n?.Implementation),
            ("narrative.conclusion", "「综合评价情况及评价结论」", n?.Conclusion),
            ("narrative.performanceAnalysis", "「主要绩效情况分析」", n?.PerformanceAnalysis),
            ("narrative.experienceProblemsSuggestions", "「经验做法、存在问题和改进建议」", n?.ExperienceProblemsSuggestions),
            ("department.duties", "「职能职责概述」", r.Department?.Duties),
            ("department.annualTasks", "「年度主要工作任务」", r.Department?.AnnualTasks),
        };
        return texts.Where(t => !string.IsNullOrWhiteSpace(t.Text)).Select(t => (t.Field, t.Label, t.Text!));
    }

    /// <summary>The sentence of <paramref name="text"/> around <paramref name="index"/> (up to 。；！？ or a line break), shortened.</summary>
    private static string Sentence(string text, int index)
    {
        var stops = "。；;！!？?\n".ToCharArray();
        var start = index == 0 ? 0 : text.LastIndexOfAny(stops, index - 1) + 1;
        var end = text.IndexOfAny(stops, index);
        var s = text[start..(end < 0 ? text.Length : end)].Trim();
        return s.Length <= 80 ? s : s[..80] + "…";
    }

    /// <summary>Arabic or Chinese numerals (2020, 二〇二〇, 九, 十二, 三十一) as a number; null when not a number.</summary>
    private static int? ChineseNumber(string s)
    {
        if (s.Length == 0)
        {
            return null;
        }

        if (int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var arabic))
        {
            return arabic;
        }

        const string digits = "〇一二三四五六七八九";
        if (!s.Contains('十', StringComparison.Ordinal))
        {
            // Digit by digit, as years are written (二〇二〇).
            var v = 0;
            foreach (var c in s)
            {
                var d = c == '零' ? 0 : digits.IndexOf(c, StringComparison.Ordinal);
                if (d < 0)
                {
                    return null;
                }

                v = (v * 10) + d;
            }

            return v;
        }

        var at = s.IndexOf('十', StringComparison.Ordinal);
        var tens = at == 0 ? 1 : digits.IndexOf(s[0], StringComparison.Ordinal);
        var ones = at == s.Length - 1 ? 0 : digits.IndexOf(s[^1], StringComparison.Ordinal);
        return tens < 0 || ones < 0 || s.Length > 3 ? null : (tens * 10) + ones;
    }

    [GeneratedRegex(@"(?<y>\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*(?<m>\d{1,2}|[一二三四五六七八九十]{1,2})\s*月(\s*(?<d>\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号])?")]
    private static partial Regex DateRegex();

    private static Regex AmountRegex(string labels) => AmountRegexes.GetOrAdd(labels, l =>
        new Regex($@"(?:{l})[为是共计合达约总额金资数人民币：:\s]{{0,6}}(?<n>\d[\d,，]*(?:\.\d+)?)\s*(?<u>亿元|万元|元)", RegexOptions.CultureInvariant));

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Regex> AmountRegexes = new(StringComparer.Ordinal);
}
