namespace PerfEval.Host.Features.Reports.Form.Inputs;

/// <summary>Messages of the form's number and date inputs (part of the UI text resources).</summary>
public static class InputText
{
    private static readonly TextResources R = new(typeof(InputText));

    public static string BadGrouping => R[nameof(BadGrouping)];
    public static string NegativeMoney => R[nameof(NegativeMoney)];
    public static string Negative => R[nameof(Negative)];
    public static string MonthOnly => R[nameof(MonthOnly)];
    public static string OpenEnded => R[nameof(OpenEnded)];
    public static string OpenEndedNotAllowed => R[nameof(OpenEndedNotAllowed)];
    public static string Computed => R[nameof(Computed)];

    public static string NotANumber(string text, string? why) =>
        R.Format("NotANumber", text) + (why is null ? R["NotANumber_2"] : "：" + why);

    public static string WholeNumber(string text) => R.Format("WholeNumber", text);

    public static string TooManyDecimals(string text, string rounded) => R.Format("TooManyDecimals", text, rounded);

    public static string ReadAs(string text, string value) => R.Format("ReadAs", text, value);

    public static string DateFormat(string text) => R.Format("DateFormat", text);

    public static string NoSuchMonth(string text, int month) => R.Format("NoSuchMonth", text, month);

    public static string NoSuchDay(int year, int month, int day) => R.Format("NoSuchDay", year, month, DateTime.DaysInMonth(year, month), day);

    public static string YearOutOfRange(int year, int min, int max) => R.Format("YearOutOfRange", year, min, max);

    public static string DayNeeded(string text) => R.Format("DayNeeded", text);

    public static string Pending(int count) => R.Format("Pending", count);

    public static string StatedDiffers(string stated, string computed) => R.Format("StatedDiffers", stated, computed);
}
