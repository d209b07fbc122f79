using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PerfEval.Rules.Model;

/// <summary>
/// A date as real forms write it: a calendar day (2020年8月15日), a month only (2020年8月), or either with "起至今"
/// (open-ended: from then until now). Stored as text — <c>"2020-08-15"</c>, <c>"2020-08"</c>, <c>"2020-08.."</c> — so
/// full dates written before (<c>"2021-01-01"</c>) read unchanged. A calendar day converts implicitly from <see cref="DateOnly"/>.
/// </summary>
[JsonConverter(typeof(FormDateJsonConverter))]
public readonly record struct FormDate : IComparable<FormDate>
{
    /// <summary>A month (<paramref name="day"/> null) or a day; <paramref name="openEnded"/> for "起至今".</summary>
    /// <param name="year">Year (1–9999).</param>
    /// <param name="month">Month (1–12).</param>
    /// <param name="day">Day of the month, or null for a month only.</param>
    /// <param name="openEnded">From this date on, without an end (起至今).</param>
    /// <exception cref="ArgumentOutOfRangeException">Not a real month or day.</exception>
    public FormDate(int year, int month, int? day = null, bool openEnded = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        if (day is { } d && (d < 1 || d > DateTime.DaysInMonth(year, month)))
        {
            throw new ArgumentOutOfRangeException(nameof(day), d, $"{year}-{month:D2} has no day {d}");
        }

        Year = year;
        Month = month;
        Day = day;
        OpenEnded = openEnded;
    }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The month (1–12).</summary>
    public int Month { get; }

    /// <summary>The day, or null when the form gives only the month.</summary>
    public int? Day { get; }

    /// <summary>"起至今": from this date on, not ended.</summary>
    public bool OpenEnded { get; }

    /// <summary>Whether the form gives a calendar day.</summary>
    public bool IsDay => Day is not null;

    /// <summary>The earliest day this date can mean (the 1st for a month).</summary>
    public DateOnly First => new(Year, Month, Day ?? 1);

    /// <summary>The latest day this date can mean (the month's last day for a month).</summary>
    public DateOnly Last => new(Year, Month, Day ?? DateTime.DaysInMonth(Year, Month));

    /// <summary>The calendar day, when the form gives one.</summary>
    public DateOnly? AsDateOnly => Day is { } d ? new DateOnly(Year, Month, d) : null;

    /// <summary>A calendar day.</summary>
    /// <param name="date">The day.</param>
    public static implicit operator FormDate(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>A calendar day (same as the implicit conversion).</summary>
    /// <param name="date">The day.</param>
    public static FormDate FromDateOnly(DateOnly date) => date;

    /// <summary>A month without a day.</summary>
    /// <param name="year">Year.</param>
    /// <param name="month">Month.</param>
    public static FormDate OfMonth(int year, int month) => new(year, month);

    /// <summary>The same date, open-ended (起至今).</summary>
    public FormDate AsOpenEnded() => new(Year, Month, Day, openEnded: true);

    /// <summary>Reads <c>yyyy-MM-dd</c>, <c>yyyy-MM</c> (also <c>yyyy-M-d</c>, <c>/</c> or <c>.</c> as separators), each optionally followed by <c>..</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="date">The date read.</param>
    public static bool TryParse(string? text, out FormDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var t = text.Trim();
        var open = t.EndsWith("..", StringComparison.Ordinal);
        if (open)
        {
            t = t[..^2];
        }

        var parts = t.Split('-', '/', '.');
        if (parts.Length is < 2 or > 3 || parts[0].Length != 4
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m) || parts[1].Length > 2)
        {
            return false;
        }

        int? d = null;
        if (parts.Length == 3)
        {
            if (parts[2].Length is 0 or > 2 || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var day))
            {
                return false;
            }

            d = day;
        }

        if (y < 1 || m is < 1 or > 12 || (d is { } dd && (dd < 1 || dd > DateTime.DaysInMonth(y, m))))
        {
            return false;
        }

        date = new FormDate(y, m, d, open);
        return true;
    }

    /// <summary>Reads a date as <see cref="TryParse"/> does.</summary>
    /// <param name="text">The text.</param>
    /// <exception cref="FormatException">Not such a date.</exception>
    public static FormDate Parse(string text) => TryParse(text, out var d)
        ? d
        : throw new FormatException($"「{text}」不是有效日期（应为 年-月-日 或 年-月，例如 2021-03-31、2020-08；起至今加 ..）");

    /// <summary><c>2020-08-15</c>, <c>2020-08</c>, with <c>..</c> when open-ended.</summary>
    public override string ToString() =>
        (Day is { } d
            ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{d:D2}")
            : string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"))
        + (OpenEnded ? ".." : "");

    /// <summary>Orders by the earliest day meant, a month before a day of it.</summary>
    /// <param name="other">Another date.</param>
    public int CompareTo(FormDate other)
    {
        var c = First.CompareTo(other.First);
        return c != 0 ? c : (Day is null ? 0 : 1).CompareTo(other.Day is null ? 0 : 1);
    }

    /// <summary>Whether this date is certainly after <paramref name="other"/> (its earliest day after the other's latest).</summary>
    /// <param name="other">Another date.</param>
    public bool IsSurelyAfter(FormDate other) => First > other.Last;

    /// <summary>Ordering.</summary>
    public static bool operator <(FormDate left, FormDate right) => left.CompareTo(right) < 0;

    /// <summary>Ordering.</summary>
    public static bool operator >(FormDate left, FormDate right) => left.CompareTo(right) > 0;

    /// <summary>Ordering.</summary>
    public static bool operator <=(FormDate left, FormDate right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering.</summary>
    public static bool operator >=(FormDate left, FormDate right) => left.CompareTo(right) >= 0;
}

/// <summary>Reads and writes <see cref="FormDate"/> as its text (<c>"2020-08-15"</c>, <c>"2020-08"</c>, <c>"2020-08.."</c>).</summary>
public sealed class FormDateJsonConverter : JsonConverter<FormDate>
{
    /// <inheritdoc />
    public override FormDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("日期应为文本，例如 \"2021-03-31\"、\"2020-08\" 或 \"2020-08..\"（起至今）");
        }

        var text = reader.GetString();
        return FormDate.TryParse(text, out var date)
            ? date
            : throw new JsonException($"「{text}」不是有效日期（应为 年-月-日 或 年-月，例如 2021-03-31、2020-08；起至今加 ..）");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, FormDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
