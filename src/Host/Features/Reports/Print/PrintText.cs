namespace PerfEval.Host.Features.Reports.Print;

/// <summary>Texts of the print view (part of the UI text resources).</summary>
internal static partial class PrintText
{
    public static string Unit(string unit) => $"（{unit}）";

    /// <summary>
    /// 填报内容 of an answer with nothing in it: an indicator scored from the report's own data (到位率: 实际到位 ÷ 计划)
    /// says what it is computed from; any other says it was not answered, rather than printing an empty cell.
    /// </summary>
    public static string EmptyAnswer(Rules.Definitions.IndicatorDefinition? indicator)
    {
        var p = indicator?.Parameters;
        string[] paths = [.. new[] { p?.Actual, p?.Target }.OfType<string>().Where(s => s.Length > 0)];
        return paths.Length == 0
            ? NotAnswered
            : FormatComputedFrom(string.Join(" ÷ ", paths.Select(Form.FormText.FieldLabel)));
    }
}
