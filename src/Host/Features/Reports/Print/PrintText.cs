namespace PerfEval.Host.Features.Reports.Print;

/// <summary>Texts of the print view (part of the UI text resources).</summary>
public static class PrintText
{
    public const string Print = "打印";
    public const string OpenPrintView = "打印视图";
    public const string BackToForm = "返回表单";
    public const string Hint = "A4 纸打印；每张表从新的一页或剩余空间足够处开始，指标表单独横向排版，表头在每页重复。";
    public const string YearSuffix = "年度";
    public const string WanYuan = "（万元）";
    public const string Persons = "人";
    public const string Institution = "机构";

    public static string Unit(string unit) => $"（{unit}）";
}
