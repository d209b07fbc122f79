namespace PerfEval.Host.Features.Reports.Form.Inputs;

/// <summary>What a number input accepts.</summary>
public enum NumberKind
{
    /// <summary>An amount of money in the field's unit (万元 or 元): not negative, at most two decimals; 万/亿/元 and Chinese numerals understood.</summary>
    Money,

    /// <summary>A score (分): not negative, at most two decimals.</summary>
    Score,

    /// <summary>A count (人, 户, 起…): a whole number, not negative.</summary>
    Count,

    /// <summary>A percentage: "95" or "95%", not negative.</summary>
    Percent,

    /// <summary>Any number (an indicator's target or actual value may be negative, e.g. a change rate).</summary>
    Number,
}

/// <summary>What was read from a typed text: a value (null for blank), or an error to show at the field; <see cref="Note"/> says what was understood.</summary>
public sealed record InputRead<T>(T? Value, string? Error, string? Note = null)
    where T : struct
{
    /// <summary>Whether the text could be read (blank reads as null without error).</summary>
    public bool Ok => Error is null;
}

/// <summary>
/// Reads what a user types into the form's number and date inputs. It never guesses: a text it cannot read is an error
/// with a message (the input keeps showing the text), never a silent blank or a changed number.
/// </summary>
public static partial class FormInput
{
    private const string Digits = "零一二三四五六七八九";

    /// <summary>Reads a number of the given kind; <paramref name="unit"/> is the field's unit (万元 or 元 for money).</summary>
    /// <param name="text">What was typed.</param>
    /// <param name="kind">What the field holds.</param>
    /// <param name="unit">The field's unit, for money (万元 by default).</param>
    public static InputRead<decimal> Number(string? text, NumberKind kind, string? unit = null)
    {
        var t = Normalize(text);
        if (t.Length == 0)
        {
            return new(null, null);
        }

        var original = text!.Trim();
        string? note = null;
        decimal value;
        if (kind == NumberKind.Percent && t.EndsWith('%'))
        {
            t = t[..^1];
        }

        if (kind == NumberKind.Money)
        {
            var money = Money(t, unit ?? "万元");
            if (money.Value is not { } amount)
            {
                return new(null, InputText.NotANumber(original, money.Why));
            }

            value = amount;
            note = money.Note;
        }
        else if (PlainOrGrouped(t) is { } plain)
        {
            value = plain;
        }
        else if (ChineseNumber(t) is { } cn)
        {
            value = cn;
            note = InputText.FormatReadAs(original, Format(cn));
        }
        else
        {
            return new(null, InputText.NotANumber(original, t.Contains(',', StringComparison.Ordinal) ? InputText.BadGrouping : null));
        }

        if (value < 0 && kind != NumberKind.Number)
        {
            return new(null, kind == NumberKind.Money ? InputText.NegativeMoney : InputText.Negative);
        }

        if (kind == NumberKind.Count && value != decimal.Truncate(value))
        {
            return new(null, InputText.FormatWholeNumber(original));
        }

        if (kind is (NumberKind.Money or NumberKind.Score or NumberKind.Percent) && decimal.Round(value, 2) != value)
        {
            return new(null, InputText.FormatTooManyDecimals(original, Format(value)));
        }

        return new(value, null, note);
    }

    /// <summary>Reads a date: a day (2021-03-31, 2021年3月31日), a month only (2020-08, 2020年8月) when allowed, either open-ended
    /// with ".." or 起/起至今/至今 when allowed; refuses a day the calendar does not have and a year outside the range.</summary>
    /// <param name="text">What was typed.</param>
    /// <param name="minYear">Earliest year accepted.</param>
    /// <param name="maxYear">Latest year accepted.</param>
    /// <param name="allowMonth">Whether a month without a day is accepted.</param>
    /// <param name="allowOpenEnded">Whether 起至今 is accepted.</param>
    public static InputRead<FormDate> Date(string? text, int minYear, int maxYear, bool allowMonth = true, bool allowOpenEnded = true) =>
        Date(text, new DateRule(minYear, maxYear, allowMonth, allowOpenEnded));

    /// <summary>Reads a date as the other overload does, refusing what <paramref name="rule"/> refuses (the rule the API applies to the same field).</summary>
    /// <param name="text">What was typed.</param>
    /// <param name="rule">What the field accepts (<see cref="ReportDates"/>).</param>
    public static InputRead<FormDate> Date(string? text, DateRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var t = Normalize(text);
        if (t.Length == 0)
        {
            return new(null, null);
        }

        var original = text!.Trim();
        var m = IsoDate().Match(t);
        if (!m.Success)
        {
            m = ChineseDate().Match(t);
        }

        if (!m.Success)
        {
            return new(null, InputText.FormatDateFormat(original));
        }

        var y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        var mo = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        int? d = m.Groups["d"].Success ? int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture) : null;
        var open = m.Groups["open"].Success;
        if (mo is < 1 or > 12)
        {
            return new(null, InputText.FormatNoSuchMonth(original, mo));
        }

        if (y < 1)
        {
            return new(null, InputText.FormatYearOutOfRange(y, rule.MinYear, rule.MaxYear));
        }

        if (d is { } day && (day < 1 || day > DateTime.DaysInMonth(y, mo)))
        {
            return new(null, InputText.NoSuchDay(y, mo, day));
        }

        var date = new FormDate(y, mo, d, open);
        if (rule.Check(date, original) is { } refused)
        {
            return new(null, refused);
        }

        string? note = d is null ? InputText.MonthOnly : null;
        if (open)
        {
            note = InputText.OpenEnded;
        }

        return new(date, null, note);
    }

    /// <summary>A number as the inputs show it: up to two decimals, no thousands separators.</summary>
    /// <param name="value">The number.</param>
    public static string Format(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A date as the inputs show it (the model's own text: 2020-08-15, 2020-08, 2020-08..).</summary>
    /// <param name="value">The date.</param>
    public static string Format(FormDate value) => value.ToString();

    /// <summary>An amount in the field's unit, or null (with why, when there is more to say than "not a number").</summary>
    private static (decimal? Value, string? Why, string? Note) Money(string t, string fieldUnit)
    {
        // Written unit: 元 means yuan; 万 or 亿 inside the number make it an absolute amount too; otherwise the field's unit.
        var writtenYuan = false;
        if (t.EndsWith("万元", StringComparison.Ordinal))
        {
            t = t[..^1];
        }
        else if (t.EndsWith('元'))
        {
            t = t[..^1];
            writtenYuan = true;
        }

        decimal? absolute = null;
        decimal? inFieldUnit = null;
        var plainDigits = false;
        var m = Scaled().Match(t);
        if (m.Success && PlainOrGrouped(m.Groups["n"].Value) is { } n)
        {
            plainDigits = !m.Groups["s"].Success;
            var scale = m.Groups["s"].Value switch { "万" => 10_000m, "亿" => 100_000_000m, "千" => 1_000m, _ => 1m };
            if (m.Groups["s"].Success || writtenYuan)
            {
                absolute = n * scale;
            }
            else
            {
                inFieldUnit = n;
            }
        }
        else if (ChineseNumber(t) is { } cn)
        {
            if (t.Contains('万', StringComparison.Ordinal) || t.Contains('亿', StringComparison.Ordinal) || writtenYuan)
            {
                absolute = cn;
            }
            else
            {
                inFieldUnit = cn;
            }
        }
        else
        {
            return (null, t.Contains(',', StringComparison.Ordinal) ? InputText.BadGrouping : null, null);
        }

        var value = inFieldUnit ?? (fieldUnit == "元" ? absolute!.Value : absolute!.Value / 10_000m);
        var note = plainDigits && !writtenYuan ? null : InputText.FormatReadAs(t + (writtenYuan ? "元" : ""), Format(value) + fieldUnit);
        return (value, null, note);
    }

    /// <summary>"1234.5", "-3", "1,234,567.89" (groups of three only).</summary>
    private static decimal? PlainOrGrouped(string t) =>
        Grouped().IsMatch(t) && decimal.TryParse(t.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d)
            ? d
            : null;

    /// <summary>Chinese numerals: 八百六十八万, 一千二百三十四点五, 两亿零五百万, 负三; null when the text is not wholly one.</summary>
    internal static decimal? ChineseNumber(string t)
    {
        if (t.Length == 0)
        {
            return null;
        }

        var negative = t.StartsWith('负');
        if (negative)
        {
            t = t[1..];
        }

        string? fraction = null;
        var point = t.IndexOf('点', StringComparison.Ordinal);
        if (point >= 0)
        {
            fraction = t[(point + 1)..];
            t = t[..point];
            if (fraction.Length == 0 || fraction.Any(c => Digit(c) < 0))
            {
                return null;
            }
        }

        if (t.Length == 0)
        {
            return null;
        }

        decimal total = 0, section = 0, digit = 0;
        var any = false;
        foreach (var c in t)
        {
            var dg = Digit(c);
            if (dg >= 0)
            {
                digit = dg;
                any = true;
                continue;
            }

            switch (c)
            {
                case '十':
                    section += (digit == 0 && !any ? 1 : digit) * 10;
                    break;
                case '百':
                    section += digit * 100;
                    break;
                case '千':
                    section += digit * 1000;
                    break;
                case '万':
                    total += (section + digit) * 10_000;
                    section = 0;
                    break;
                case '亿':
                    total = (total + section + digit) * 100_000_000;
                    section = 0;
                    break;
                default:
                    return null;
            }

            digit = 0;
            any = true;
        }

        var value = total + section + digit;
        if (fraction is not null)
        {
            var f = new StringBuilder("0.");
            foreach (var c in fraction)
            {
                f.Append((char)('0' + Digit(c)));
            }

            value += decimal.Parse(f.ToString(), CultureInfo.InvariantCulture);
        }

        return negative ? -value : value;
    }

    private static int Digit(char c) => c switch
    {
        '〇' or '零' => 0,
        '两' => 2,
        _ => Digits.IndexOf(c, StringComparison.Ordinal),
    };

    /// <summary>Trims, drops inner spaces, and folds full-width digits and signs (１２３，．－％) to ASCII.</summary>
    private static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            sb.Append(c switch
            {
                >= '０' and <= '９' => (char)('0' + (c - '０')),
                '，' => ',',
                '．' => '.',
                '－' or '−' => '-',
                '％' => '%',
                '＋' => '+',
                _ => c,
            });
        }

        return sb.ToString();
    }

    [GeneratedRegex(@"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")]
    private static partial Regex Grouped();

    [GeneratedRegex(@"^(?<n>[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?<s>万|亿|千)?$")]
    private static partial Regex Scaled();

    [GeneratedRegex(@"^(?<y>\d{4})[-/.](?<m>\d{1,2})(?:[-/.](?<d>\d{1,2}))?(?<open>\.\.)?$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^(?<y>\d{4})年(?<m>\d{1,2})月(?:(?<d>\d{1,2})[日号])?(?<open>起至今|起|至今)?$")]
    private static partial Regex ChineseDate();
}
