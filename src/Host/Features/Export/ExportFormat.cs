namespace PerfEval.Host.Features.Export;

/// <summary>How numbers, dates and labels are written into exported files (the way a person fills in the form).</summary>
internal static class ExportFormat
{
    /// <summary>Money or a score: up to two decimals, no trailing zeros ("120", "6663.6"); blank stays blank.</summary>
    public static string Number(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "";

    /// <summary>A date as on the forms: 2018年3月15日, a month only as 2020年8月, open-ended with 起.</summary>
    public static string Date(FormDate? date) => date is { } d
        ? (d.Day is { } day ? $"{d.Year}年{d.Month}月{day}日" : $"{d.Year}年{d.Month}月") + (d.OpenEnded ? "起" : "")
        : "";

    /// <summary>A date for a signature line; the blank "年 月 日" of the paper form when nobody signed yet.</summary>
    public static string SignatureDate(FormDate? date) => date is null ? "年    月    日" : Date(date);

    /// <summary>项目起止时间: "2017年1月1日至2017年12月31日"; an open-ended start reads "2020年8月起至今".</summary>
    public static string Period(FormDate? start, FormDate? end) => (start, end) switch
    {
        (null, null) => "",
        ({ OpenEnded: true }, null) => $"{Date(start)}至今",
        _ => $"{Date(start)}至{Date(end)}",
    };

    /// <summary>The report kind as the bureau names it.</summary>
    public static string KindLabel(ReportKind kind) => kind == ReportKind.Department ? "部门整体支出" : "项目支出";

    /// <summary>指标值 / 实际完成值: the text as written, else the number with comparator and unit.</summary>
    public static string IndicatorValue(string? text, decimal? value, string? unit, Comparator comparator)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            return text;
        }

        if (value is null)
        {
            return "";
        }

        var sign = comparator switch
        {
            Comparator.AtLeast => "≥",
            Comparator.AtMost => "≤",
            _ => "",
        };
        return $"{sign}{Number(value)}{unit}";
    }

    /// <summary>The title prefix taken from the issuing bureau: "岳阳市岳阳楼区财政局" → "岳阳市岳阳楼区".</summary>
    public static string Region(string? issuingFinanceBureau)
    {
        var bureau = issuingFinanceBureau?.Trim() ?? "";
        return bureau.EndsWith("财政局", StringComparison.Ordinal) ? bureau[..^3] : bureau;
    }
}
