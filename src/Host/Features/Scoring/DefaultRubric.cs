namespace PerfEval.Host.Features.Scoring;

/// <summary>
/// The bureau's policy for a report no round pins a rubric for: department reports → rubric B; project reports answering
/// rubric A (assessment keys <c>A.*</c>) → A; other project reports, scored from their own indicator table → C.
/// </summary>
public static class DefaultRubric
{
    /// <summary>The shipped rubric that scores <paramref name="report"/> of <paramref name="kind"/> by default.</summary>
    /// <param name="kind">Report kind.</param>
    /// <param name="report">The report.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string For(ReportKind kind, ReportDocument report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return kind == ReportKind.Department ? RuleSetDirectory.RubricB
            : report.Assessments.Any(a => a.Key.StartsWith("A.", StringComparison.Ordinal)) ? RuleSetDirectory.RubricA
            : RuleSetDirectory.RubricC;
    }
}
