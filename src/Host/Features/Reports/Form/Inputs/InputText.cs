namespace PerfEval.Host.Features.Reports.Form.Inputs;

/// <summary>Messages of the form's number and date inputs (part of the UI text resources).</summary>
public static class InputText
{
    public const string BadGrouping = "千分位逗号应每三位一组，例如 1,234,567.89";
    public const string NegativeMoney = "金额不能为负数";
    public const string Negative = "不能为负数";
    public const string MonthOnly = "按月份记录（未写日）";
    public const string OpenEnded = "按“起至今”记录";
    public const string OpenEndedNotAllowed = "此处应写具体日期，不能写“起至今”";
    public const string Computed = "自动计算";

    public static string NotANumber(string text, string? why) =>
        $"“{text}”不是可识别的数字" + (why is null ? "（可写 868、1,234.56、868万、八百六十八万）" : "：" + why);

    public static string WholeNumber(string text) => $"“{text}”应为整数";

    public static string TooManyDecimals(string text, string rounded) => $"“{text}”超过两位小数，请写成 {rounded} 或更精确地核对";

    public static string ReadAs(string text, string value) => $"“{text}”按 {value} 记录";

    public static string DateFormat(string text) => $"“{text}”不是可识别的日期（应为 2021-03-31、2021年3月31日，或只写月份 2020年8月）";

    public static string NoSuchMonth(string text, int month) => $"“{text}”中没有 {month} 月";

    public static string NoSuchDay(int year, int month, int day) => $"没有这一天：{year}年{month}月只有 {DateTime.DaysInMonth(year, month)} 天，不是 {day} 日";

    public static string YearOutOfRange(int year, int min, int max) => $"年份 {year} 不在合理范围内（{min}–{max} 年）";

    public static string DayNeeded(string text) => $"“{text}”缺少日，此处应写到日，例如 2021-03-31";

    public static string Pending(int count) => $"有 {count} 处输入无法识别，已在对应字段标出；请更正后再保存（未保存任何内容）。";

    public static string StatedDiffers(string stated, string computed) => $"填报值 {stated} 与计算值 {computed} 不一致";
}
