using System.Text.RegularExpressions;
using PerfEval.Rules.Engine;

namespace PerfEval.Rules.Checks;

/// <summary>Checks of the form's basic facts: dates in order, phone and postcode shapes.</summary>
public static partial class Chk
{
    /// <summary>Start ≤ end, and sign-off dates not before the start.</summary>
    /// <param name="input">Input.</param>
    /// <param name="tolerance">Unused.</param>
    public static List<Finding> Dates(RubricInput input, decimal tolerance)
    {
        ArgumentNullException.ThrowIfNull(input);
        var f = new List<Finding>();
        var b = input.Report.Basic;
        // Month-only dates mean any day of their month: only dates that are certainly out of order are errors.
        if (b.StartDate is { } s && b.EndDate is { } e && s.IsSurelyAfter(e))
        {
            f.Add(new(FindingSeverity.Error, "basic.endDate", $"项目结束时间 {e} 早于起始时间 {s}", "dates"));
        }

        if (b.StartDate is { OpenEnded: true } open && b.EndDate is { } end)
        {
            f.Add(new(FindingSeverity.Warning, "basic.endDate", $"项目起始时间写作「{open.First:yyyy-MM}起至今」（未结束），却又填了结束时间 {end}", "dates"));
        }

        if (b.StartDate is { } start && b.ReportDate is { } rd && start.IsSurelyAfter(rd))
        {
            f.Add(new(FindingSeverity.Error, "basic.reportDate", $"报告日期 {rd} 早于项目起始时间 {start}", "dates"));
        }

        return f;
    }

    /// <summary>Phone numbers look like a landline (0730-8228080, 07782109280) or a mobile (13812345678).</summary>
    /// <param name="input">Input.</param>
    /// <param name="tolerance">Unused.</param>
    public static List<Finding> PhoneShape(RubricInput input, decimal tolerance)
    {
        ArgumentNullException.ThrowIfNull(input);
        var f = new List<Finding>();
        foreach (var (field, label, value) in new[] { ("basic.phone", "联系电话", input.Report.Basic.Phone), ("preparer.phone", "填报人电话", input.Report.Preparer.Phone) })
        {
            if (!string.IsNullOrWhiteSpace(value) && LocalPhoneRegex().IsMatch(value.Trim()))
            {
                f.Add(new(FindingSeverity.Warning, field, $"{label}「{value}」缺少区号", "phoneShape"));
            }
            else if (!string.IsNullOrWhiteSpace(value) && !PhoneRegex().IsMatch(value.Trim()))
            {
                f.Add(new(FindingSeverity.Error, field, $"{label}「{value}」格式不正确（应为 区号-号码 或 11 位手机号）", "phoneShape"));
            }
        }

        return f;
    }

    /// <summary>The postcode has 6 digits.</summary>
    /// <param name="input">Input.</param>
    /// <param name="tolerance">Unused.</param>
    public static List<Finding> PostcodeShape(RubricInput input, decimal tolerance)
    {
        ArgumentNullException.ThrowIfNull(input);
        var f = new List<Finding>();
        var p = input.Report.Basic.Postcode;
        if (!string.IsNullOrWhiteSpace(p) && !PostcodeRegex().IsMatch(p.Trim()))
        {
            f.Add(new(FindingSeverity.Error, "basic.postcode", $"邮编「{p}」应为 6 位数字", "postcodeShape"));
        }

        return f;
    }

    [GeneratedRegex(@"^(0\d{2,3}-?\d{7,8}(-\d{1,6})?|1[3-9]\d{9})$")]
    private static partial Regex PhoneRegex();

    [GeneratedRegex(@"^\d{7,8}$")]
    private static partial Regex LocalPhoneRegex();

    [GeneratedRegex(@"^\d{6}$")]
    private static partial Regex PostcodeRegex();
}
