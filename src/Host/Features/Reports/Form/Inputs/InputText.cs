namespace PerfEval.Host.Features.Reports.Form.Inputs;

/// <summary>Messages of the form's number and date inputs (part of the UI text resources).</summary>
internal static partial class InputText
{
    public static string NotANumber(string text, string? why) =>
        FormatNotANumberTemplate(text) + (why is null ? NotANumber_2 : "：" + why);

    public static string NoSuchDay(int year, int month, int day) => FormatNoSuchDayTemplate(year, month, DateTime.DaysInMonth(year, month), day);
}
