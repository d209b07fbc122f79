namespace PerfEval.Host.Components;

/// <summary>Web UI texts that depend on a value; the plain texts are generated from UiText.resx.</summary>
internal static partial class UiText
{
    public static string KindLabel(ReportKind kind) => kind == ReportKind.Department ? KindLabelTemplate : KindLabel_2;

    public static string DaysLeft(int days) => days == 0 ? DaysLeftTemplate : FormatDaysLeft_2(days);
}
