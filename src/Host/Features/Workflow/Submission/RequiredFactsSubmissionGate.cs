using PerfEval.Host.Domain;
using PerfEval.Rules.Model;

namespace PerfEval.Host.Features.Workflow.Submission;

/// <summary>Default gate until the consistency checks arrive: refuses only when required facts are missing.</summary>
public sealed class RequiredFactsSubmissionGate : ISubmissionGate
{
    public Task<IReadOnlyList<SubmissionError>> GetBlockingErrorsAsync(Report report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var errors = new List<SubmissionError>();
        var basic = report.Content.Basic;
        if (string.IsNullOrWhiteSpace(basic.ProjectName))
        {
            errors.Add(new("content.basic.projectName", report.Kind == ReportKind.Department ? "缺少部门（单位）名称。" : "缺少项目名称。"));
        }

        if (string.IsNullOrWhiteSpace(basic.UnitName))
        {
            errors.Add(new("content.basic.unitName", "缺少单位名称。"));
        }

        if (basic.Year <= 0)
        {
            errors.Add(new("content.basic.year", "缺少评价年度。"));
        }

        if (report.Kind == ReportKind.Department && report.Content.Department is null)
        {
            errors.Add(new("content.department", "部门整体支出报告需要填写部门信息。"));
        }

        return Task.FromResult<IReadOnlyList<SubmissionError>>(errors);
    }
}
