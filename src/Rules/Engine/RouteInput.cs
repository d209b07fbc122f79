using PerfEval.Rules.Model;

namespace PerfEval.Rules.Engine;

/// <summary>
/// What a workflow route condition sees, as the RulesEngine parameter <c>input</c>: the report's form and the facts around it
/// (kind, organisation, round, score). Blank facts are <c>null</c>: a comparison with a blank never holds.
/// </summary>
public sealed class RouteInput
{
    /// <summary>Wraps a report and its facts.</summary>
    /// <param name="report">The report's form.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public RouteInput(ReportDocument report)
    {
        ArgumentNullException.ThrowIfNull(report);
        Report = report;
    }

    /// <summary>The report's form, e.g. <c>input.Report.Funding.Planned.Amount</c> (计划安排资金合计, 万元).</summary>
    public ReportDocument Report { get; }

    /// <summary>Report kind: <c>project</c> or <c>department</c>.</summary>
    public string Kind { get; init; } = "";

    /// <summary>Code of the report's organisation, e.g. <c>UNIT-SI</c>.</summary>
    public string OrgCode { get; init; } = "";

    /// <summary>Kind of the report's organisation: <c>unit</c> (预算单位), <c>department</c> (主管部门) or <c>bureau</c> (财政局).</summary>
    public string OrgLevel { get; init; } = "";

    /// <summary>Code of the supervising organisation (主管部门), or <c>null</c>.</summary>
    public string? ParentOrgCode { get; init; }

    /// <summary>Name of the evaluation round (自评任务), or <c>null</c> outside a round.</summary>
    public string? RoundName { get; init; }

    /// <summary>The report's year.</summary>
    public int Year { get; init; }

    /// <summary>The score shown for the report (reviewed, else rubric, else self-stated), or <c>null</c> when blank.</summary>
    public decimal? Score { get; init; }

    /// <summary>The grade (优/良/中/差) of <see cref="Score"/>, or <c>null</c>.</summary>
    public string? Grade { get; init; }

    /// <summary>计划安排资金合计 (万元): the stated total, else the sum of the sources; <c>null</c> when the row is blank.</summary>
    public decimal? PlannedTotal => Report.Funding?.Planned?.Amount;
}
