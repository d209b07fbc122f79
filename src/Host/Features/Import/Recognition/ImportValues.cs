namespace PerfEval.Host.Features.Import.Recognition;

/// <summary>A date read from the form; <see cref="Judgment"/> says what was assumed (a month only, 起至今…), if anything.</summary>
internal sealed record DateRead(FormDate Date, string? Judgment);

/// <summary>A period (项目起止时间) read from one cell.</summary>
internal sealed record PeriodRead(FormDate? Start, FormDate? End, IReadOnlyList<string> Judgments);

/// <summary>An indicator value (指标值 / 实际完成值) as written, with what could be read from it.</summary>
internal sealed record TargetRead(string Text, Comparator Comparator, decimal? Value, string? Unit, string? Judgment);

/// <summary>Reading numbers, dates and indicator values the way forms write them.</summary>
internal static partial class ImportValues
{
    private static readonly Vocabulary V = Vocabulary.Default;

    /// <summary>"/", "—", "无": a cell crossed out on the form (nothing written, not zero).</summary>
    public static bool IsPlaceholder(string? text)
    {
        var t = TextKey.Compact(text);
        return t.Length > 0 && V.Strings("indicators", "placeholders").Any(p => t == p);
    }

    /// <summary>Blank or a placeholder.</summary>
    public static bool IsEmpty(string? text) => string.IsNullOrWhiteSpace(text) || IsPlaceholder(text);

    /// <summary>A plain number: "120", " 1,730,000.00 ", "１２０", "10分", "98%"; null for blank, placeholders and words.</summary>
    public static decimal? Number(string? text)
    {
        var t = TextKey.Compact(text);
        if (t.Length == 0 || IsPlaceholder(t))
        {
            return null;
        }

        var m = WholeNumber().Match(t);
        return m.Success && decimal.TryParse(m.Groups[1].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var d)
            ? d
            : null;
    }

    /// <summary>Only a number ("10", "9.5"), nothing written around it.</summary>
    public static bool IsPlainNumber(string? text) => PlainNumber().IsMatch(TextKey.Compact(text));

    /// <summary>An amount with the unit written after it: "50万元" → (50, 万元), "1,730,000元" → (1730000, 元), "120" → (120, null).</summary>
    public static (decimal? Value, string? Unit) Amount(string? text)
    {
        var t = TextKey.Compact(text);
        if (t.Length == 0 || IsPlaceholder(t))
        {
            return (null, null);
        }

        var m = AmountPattern().Match(t);
        if (!m.Success || !decimal.TryParse(m.Groups[1].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var d))
        {
            return (null, null);
        }

        var unit = m.Groups[2].Value;
        return (d, unit.Length == 0 ? null : unit);
    }

    /// <summary>Any date the form writes: 2018年3月15日, 2018年3 月15 日, 2018-03-15, 2018.3.15, 20180315, 2020年8月, 二〇二一年三月, with 起/至今 for open-ended.</summary>
    public static FormDate? ParseDate(string? text) => ReadDate(text)?.Date;

    /// <summary>A date with what was assumed; null when the text holds no date.</summary>
    public static DateRead? ReadDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var t = TextKey.Compact(ChineseNumeralsToDigits(text));
        if (FormDate.TryParse(t, out var iso))
        {
            return new(iso, iso.Day is null ? ImportText.FormatMonthOnly(text.Trim()) : iso.OpenEnded ? ImportText.FormatOpenEnded(text.Trim()) : null);
        }

        var dates = FindDates(t);
        if (dates.Count == 0)
        {
            return null;
        }

        var (date, _, end) = dates[0];
        var rest = t[end..];
        if (rest.StartsWith("起", StringComparison.Ordinal) || rest.Contains("至今", StringComparison.Ordinal))
        {
            return new(date.AsOpenEnded(), ImportText.FormatOpenEnded(text.Trim()));
        }

        return new(date, date.Day is null ? ImportText.FormatMonthOnly(text.Trim()) : null);
    }

    /// <summary>项目起止时间: "2020年1月1日至2020年12月31日", "20170101-20171231", "2020年8月起至今", "2020年度".</summary>
    public static PeriodRead? ReadPeriod(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || IsPlaceholder(text))
        {
            return null;
        }

        var t = TextKey.Compact(ChineseNumeralsToDigits(text));
        var dates = FindDates(t);
        var judgments = new List<string>();
        if (dates.Count == 1 && SameYearEnd().Match(t[dates[0].End..]) is { Success: true } sameYear)
        {
            // "2021年1月至12月": the end is in the start's year.
            var startYear = dates[0].Date.Year;
            var endMonth = int.Parse(sameYear.Groups["m"].Value, CultureInfo.InvariantCulture);
            int? endDay = sameYear.Groups["d"].Success ? int.Parse(sameYear.Groups["d"].Value, CultureInfo.InvariantCulture) : null;
            if (endMonth is >= 1 and <= 12 && (endDay is null || endDay <= DateTime.DaysInMonth(startYear, endMonth)))
            {
                dates.Add((new FormDate(startYear, endMonth, endDay), dates[0].End, t.Length));
            }
        }

        if (dates.Count >= 2)
        {
            var (start, end) = (dates[0].Date, dates[1].Date);
            if (start.Day is null || end.Day is null)
            {
                judgments.Add(ImportText.FormatMonthOnly(text.Trim()));
            }

            return new(start, end, judgments);
        }

        if (dates.Count == 1)
        {
            var rest = t[dates[0].End..];
            if (rest.Contains("至今", StringComparison.Ordinal) || rest.StartsWith("起", StringComparison.Ordinal) || rest.Contains("以来", StringComparison.Ordinal))
            {
                judgments.Add(ImportText.FormatOpenEnded(text.Trim()));
                return new(dates[0].Date.AsOpenEnded(), null, judgments);
            }

            judgments.Add(ImportText.FormatPeriodStartOnly(text.Trim()));
            return new(dates[0].Date, null, judgments);
        }

        var year = YearOnly().Match(t);
        if (year.Success && int.TryParse(year.Groups[1].Value, CultureInfo.InvariantCulture, out var y) && y is > 1900 and < 2200)
        {
            judgments.Add(ImportText.FormatYearOnlyPeriod(text.Trim(), y));
            return new(FormDate.OfMonth(y, 1), FormDate.OfMonth(y, 12), judgments);
        }

        return null;
    }

    /// <summary>
    /// An indicator's 指标值 as written, with its comparator (≥ ≤ = 定性), number and unit. A comparator read from the text
    /// (≥95%, 不超过870万, 95%以上) or assumed when none is written is a judgment the caller notes.
    /// </summary>
    public static TargetRead? ReadTarget(string? text, string? level2, string? level3)
    {
        if (IsEmpty(text))
        {
            return null;
        }

        var written = text!.Trim();
        var t = TextKey.Compact(written);
        if (DateLike().IsMatch(t))
        {
            return new(written, Comparator.Qualitative, null, null, ImportText.FormatTargetIsDate(written));
        }

        var (comparator, word) = ComparatorIn(t);
        var number = FirstNumber().Match(t);
        if (!number.Success)
        {
            return new(written, Comparator.Qualitative, null, null, comparator is null ? ImportText.FormatQualitativeTarget(written) : ImportText.FormatComparatorWithoutNumber(written));
        }

        var value = decimal.Parse(number.Groups[1].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture);
        var unit = UnitAfter(t[(number.Index + number.Length)..]);
        if (comparator is { } c)
        {
            return new(written, c, value, unit, ImportText.ComparatorRead(written, word!, c));
        }

        var byName = ComparatorByName(level2, level3);
        return new(written, byName, value, unit, ImportText.ComparatorAssumed(written, byName));
    }

    /// <summary>实际完成值: the number and unit when it is one ("4800户", "100%"); text otherwise.</summary>
    public static (decimal? Value, string? Unit) ReadActual(string? text)
    {
        if (IsEmpty(text))
        {
            return (null, null);
        }

        var t = TextKey.Compact(text);
        if (DateLike().IsMatch(t))
        {
            return (null, null);
        }

        var (_, word) = ComparatorIn(t);
        var number = FirstNumber().Match(t);
        if (!number.Success || (word is null && number.Index > 0 && !IsSignOnly(t[..number.Index])))
        {
            return (null, null);
        }

        return (decimal.Parse(number.Groups[1].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture),
            UnitAfter(t[(number.Index + number.Length)..]));
    }

    /// <summary>The comparator column (指标性质): ≥/正向, ≤/反向, =/等于, 定性.</summary>
    public static Comparator? ComparatorWord(string? text)
    {
        var t = TextKey.Compact(text);
        return t switch
        {
            "≥" or ">=" or "正向" or "正向指标" or ">" => Comparator.AtLeast,
            "≤" or "<=" or "反向" or "反向指标" or "<" => Comparator.AtMost,
            "=" or "等于" or "等于指标" => Comparator.Equal,
            "定性" or "定性指标" => Comparator.Qualitative,
            _ => null,
        };
    }

    /// <summary>The sign written for a comparator in the 指标性质 column.</summary>
    public static string ComparatorSign(Comparator c) => c switch
    {
        Comparator.AtLeast => "≥",
        Comparator.AtMost => "≤",
        Comparator.Equal => "=",
        _ => "定性",
    };

    private static (Comparator? Comparator, string? Word) ComparatorIn(string t)
    {
        foreach (var (set, c) in new[]
                 {
                     ("atLeastWords", Comparator.AtLeast), ("atMostWords", Comparator.AtMost), ("equalWords", Comparator.Equal),
                     ("greaterWords", Comparator.AtLeast), ("lessWords", Comparator.AtMost),
                 })
        {
            foreach (var w in V.Strings("indicators", set).Select(w => w.Normalize(NormalizationForm.FormKC)).OrderByDescending(w => w.Length))
            {
                if (t.Contains(w, StringComparison.Ordinal))
                {
                    return (c, w);
                }
            }
        }

        return (null, null);
    }

    private static Comparator ComparatorByName(string? level2, string? level3)
    {
        var names = (level3 ?? "") + "|" + (level2 ?? "");
        if (V.Strings("indicators", "equalByName").Any(w => (level3 ?? "").Contains(w, StringComparison.Ordinal)))
        {
            return Comparator.Equal;
        }

        return V.Strings("indicators", "atMostByName").Any(w => names.Contains(w, StringComparison.Ordinal)) ? Comparator.AtMost : Comparator.AtLeast;
    }

    private static bool IsSignOnly(string prefix) => prefix.All(c => c is '+' or '约' or '≈' or '~');

    /// <summary>The unit written after a number: "户", "%", "元/户", "万人"; comparator words after it (以上, 以内) are not part of it.</summary>
    private static string? UnitAfter(string rest)
    {
        var u = rest;
        foreach (var w in new[] { "以上", "以内", "以下", "及以上", "左右" })
        {
            if (u.EndsWith(w, StringComparison.Ordinal))
            {
                u = u[..^w.Length];
            }
        }

        u = u.Trim('(', ')', '（', '）', '。', ',', '，', ';', '；');
        return u.Length is 0 or > 8 ? null : u;
    }

    private static List<(FormDate Date, int Start, int End)> FindDates(string t)
    {
        var found = new List<(FormDate, int, int)>();
        foreach (Match m in DatePattern().Matches(t))
        {
            var y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            var mo = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
            int? d = m.Groups["d"].Success ? int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture) : null;
            if (y is < 1900 or > 2200 || mo is < 1 or > 12 || (d is { } dd && (dd < 1 || dd > DateTime.DaysInMonth(y, mo))))
            {
                continue;
            }

            found.Add((new FormDate(y, mo, d), m.Index, m.Index + m.Length));
        }

        return found;
    }

    private static string ChineseNumeralsToDigits(string text)
    {
        if (!text.Contains('〇', StringComparison.Ordinal) && !ChineseDate().IsMatch(text))
        {
            return text;
        }

        return ChineseDate().Replace(text, m =>
        {
            var y = new string([.. m.Groups["y"].Value.Select(Digit)]);
            return $"{y}年{Small(m.Groups["m"].Value)}月" + (m.Groups["d"].Success ? $"{Small(m.Groups["d"].Value)}日" : "");
        });

        static char Digit(char c) => "〇一二三四五六七八九".IndexOf(c, StringComparison.Ordinal) is var i and >= 0 ? (char)('0' + i) : c == '零' ? '0' : c;

        static string Small(string s)
        {
            var v = 0;
            var tens = s.IndexOf('十', StringComparison.Ordinal);
            if (tens < 0)
            {
                v = "〇一二三四五六七八九".IndexOf(s[0], StringComparison.Ordinal);
            }
            else
            {
                v = (tens == 0 ? 1 : "〇一二三四五六七八九".IndexOf(s[0], StringComparison.Ordinal)) * 10
                    + (tens == s.Length - 1 ? 0 : "〇一二三四五六七八九".IndexOf(s[^1], StringComparison.Ordinal));
            }

            return v.ToString(CultureInfo.InvariantCulture);
        }
    }

    [GeneratedRegex(@"^([+-]?\d+(?:,\d{3})*(?:\.\d+)?)(分|%|万元|元|人|个|户|次|件)?$")]
    private static partial Regex WholeNumber();

    [GeneratedRegex(@"^\d+(?:\.\d+)?$")]
    private static partial Regex PlainNumber();

    [GeneratedRegex(@"^[约]?(\d+(?:,\d{3})*(?:\.\d+)?)(万元|元|千元|亿元|万)?$")]
    private static partial Regex AmountPattern();

    [GeneratedRegex(@"(\d+(?:,\d{3})*(?:\.\d+)?)")]
    private static partial Regex FirstNumber();

    [GeneratedRegex(@"(?<y>\d{4})(?:年(?<m>\d{1,2})月(?:(?<d>\d{1,2})[日号])?|[-/.](?<m>\d{1,2})(?:[-/.](?<d>\d{1,2}))?|(?<m>\d{2})(?<d>\d{2})(?!\d))")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^(?:至|到|-|—|~|～)(?<m>\d{1,2})月(?:(?<d>\d{1,2})[日号])?")]
    private static partial Regex SameYearEnd();

    [GeneratedRegex(@"^(\d{4})年(?:度|全年)?$")]
    private static partial Regex YearOnly();

    [GeneratedRegex(@"\d{4}年\d{1,2}月|\d{1,2}月(?:底|末|前|份)|\d{4}-\d{1,2}-\d{1,2}")]
    private static partial Regex DateLike();

    [GeneratedRegex(@"(?<y>[〇零一二三四五六七八九]{4})年(?<m>[一二三四五六七八九十]{1,2})月(?:(?<d>[一二三四五六七八九十]{1,3})日)?")]
    private static partial Regex ChineseDate();
}
