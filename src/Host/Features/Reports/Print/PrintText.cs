namespace PerfEval.Host.Features.Reports.Print;

/// <summary>Texts of the print view (part of the UI text resources).</summary>
internal static partial class PrintText
{
    public static string Unit(string unit) => $"（{unit}）";
}
