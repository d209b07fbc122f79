namespace PerfEval.Rules;

/// <summary>How serious a finding is: errors block submission, warnings are shown on save.</summary>
public enum FindingSeverity
{
    /// <summary>Shown, does not block (e.g. a rounding difference within tolerance).</summary>
    Warning,

    /// <summary>Blocks submission.</summary>
    Error,
}

/// <summary>A problem found in a report, naming the field (JSON path into the report) and the numbers.</summary>
/// <param name="Severity">Error or warning.</param>
/// <param name="Field">JSON path into the report, e.g. <c>funding.arrived.total</c> or <c>indicators[3].selfScore</c>.</param>
/// <param name="Message">Plain-Chinese message with the numbers.</param>
/// <param name="Rule">The rule (check or indicator key) that raised it.</param>
public sealed record Finding(FindingSeverity Severity, string Field, string Message, string? Rule = null);
