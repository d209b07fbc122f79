namespace PerfEval.Host.Features.Reports.Print;

/// <summary>Texts of the print view (part of the UI text resources).</summary>
public static class PrintText
{
    private static readonly TextResources R = new(typeof(PrintText));

    public static string Print => R[nameof(Print)];
    public static string OpenPrintView => R[nameof(OpenPrintView)];
    public static string BackToForm => R[nameof(BackToForm)];
    public static string Hint => R[nameof(Hint)];
    public static string YearSuffix => R[nameof(YearSuffix)];
    public static string WanYuan => R[nameof(WanYuan)];
    public static string Persons => R[nameof(Persons)];
    public static string Institution => R[nameof(Institution)];

    public static string Unit(string unit) => $"（{unit}）";
}
