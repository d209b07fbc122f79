namespace PerfEval.Host.Features.Workflow.Submission;

/// <summary>
/// The facts a report of each kind must state before it may leave the draft stage, whatever its rubric and whatever its
/// bureau's form: who reports, on what, for which year, with which money, against which goals. An empty draft is refused
/// listing every one of them. (Fields only some forms have, such as 项目负责人, are not required.)
/// Fields are JSON paths from the report root (<c>content.funding.planned.total</c>).
/// </summary>
public static class RequiredFacts
{
    /// <summary>Dates of <paramref name="content"/> outside their field's rule (<see cref="Reports.ReportDates"/>): the API refuses
    /// them on save, but a report stored earlier (or imported) may still hold one; it may not be submitted so.</summary>
    /// <param name="content">The report's content.</param>
    public static IEnumerable<SubmissionError> DateProblems(ReportDocument content) =>
        Reports.ReportDates.Problems(content).Select(p => new SubmissionError("content." + p.Path, p.Message));

    /// <summary>The missing facts of <paramref name="content"/> for a report of <paramref name="kind"/>, in form order.</summary>
    /// <param name="kind">The report's kind.</param>
    /// <param name="content">The report's content.</param>
    public static IReadOnlyList<SubmissionError> Missing(ReportKind kind, ReportDocument content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var errors = new List<SubmissionError>();
        var basic = content.Basic ?? new BasicFacts();
        var department = kind == ReportKind.Department;
        Need(errors, basic.ProjectName, "content.basic.projectName", department ? WorkflowMessageText.RequiredFactsMissing : WorkflowMessageText.RequiredFactsMissing2);
        Need(errors, basic.UnitName, "content.basic.unitName", department ? WorkflowMessageText.RequiredFactsMissing3 : WorkflowMessageText.RequiredFactsMissing4);
        if (basic.Year <= 0)
        {
            errors.Add(new("content.basic.year", WorkflowMessageText.RequiredFactsMissing5));
        }

        if (department)
        {
            if (content.Department is not { } d)
            {
                errors.Add(new("content.department", WorkflowMessageText.RequiredFactsMissing6));
                return errors;
            }

            Need(errors, d.Duties, "content.department.duties", WorkflowMessageText.RequiredFactsMissing7);
            if (d.Revenue?.Summary?.Total is null && d.Revenue?.Rows.TrueForAll(r => r?.Total is null) != false)
            {
                errors.Add(new("content.department.revenue.summary.total", WorkflowMessageText.RequiredFactsMissing8));
            }

            if (d.Expenditure?.Summary?.Total is null && d.Expenditure?.Rows.TrueForAll(r => r?.Total is null) != false)
            {
                errors.Add(new("content.department.expenditure.summary.total", WorkflowMessageText.RequiredFactsMissing9));
            }

            return errors;
        }

        var funding = content.Funding ?? new FundingGrid();
        foreach (var (row, field, label) in new[] { (funding.Planned, "planned", WorkflowMessageText.RequiredFactsMissing10), (funding.Arrived, "arrived", WorkflowMessageText.RequiredFactsMissing11), (funding.Spent, "spent", WorkflowMessageText.RequiredFactsMissing12) })
        {
            if (row?.IsBlank != false)
            {
                errors.Add(new($"content.funding.{field}.total", WorkflowMessageText.FormatRequiredFactsMissing13(label)));
            }
        }

        if ((content.Goals ?? []).TrueForAll(g => string.IsNullOrWhiteSpace(g?.Expected)) && (content.Indicators ?? []).Count == 0)
        {
            errors.Add(new("content.goals", WorkflowMessageText.RequiredFactsMissing14));
        }

        return errors;
    }

    private static void Need(List<SubmissionError> errors, string? value, string field, string message)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new(field, message));
        }
    }
}
