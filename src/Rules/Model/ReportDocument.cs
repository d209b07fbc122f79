namespace PerfEval.Rules.Model;

/// <summary>
/// The content of a self-evaluation form, section by section in the order of the paper form.
/// Blank cells stay <c>null</c> so a report is stored as written, mistakes included.
/// </summary>
public sealed class ReportDocument
{
    /// <summary>一、基本概况.</summary>
    public BasicFacts Basic { get; set; } = new();

    /// <summary>资金情况 (万元): planned / arrived / spent / balance by source.</summary>
    public FundingGrid Funding { get; set; } = new();

    /// <summary>二、支出明细.</summary>
    public ExpenditureTable Expenditure { get; set; } = new();

    /// <summary>绩效定性目标: expected goal and what was achieved.</summary>
    public List<QualitativeGoal> Goals { get; set; } = [];

    /// <summary>绩效指标: the 3-level indicator table with targets, actuals and self-scores.</summary>
    public List<IndicatorRow> Indicators { get; set; } = [];

    /// <summary>
    /// The unit's own rubric self-score table (评分表自评), when the report has one: self-scores per rubric indicator, kept apart
    /// from <see cref="Indicators"/> (the report's 绩效指标表 — for a department, its annual work targets).
    /// </summary>
    public List<RubricSelfScore> RubricSelfScores { get; set; } = [];

    /// <summary>Answers to rubric indicators that are not in the indicator table (checklists, choices, deductions).</summary>
    public List<IndicatorAssessment> Assessments { get; set; } = [];

    /// <summary>综合得分 as written on the form.</summary>
    public decimal? StatedTotalScore { get; set; }

    /// <summary>评价等次 as written on the form (free text: real forms hold things like "100").</summary>
    public string? StatedGrade { get; set; }

    /// <summary>四、评价人员.</summary>
    public List<Evaluator> Evaluators { get; set; } = [];

    /// <summary>The sign-off boxes with opinion, signer and date.</summary>
    public SignOffs SignOffs { get; set; } = new();

    /// <summary>填报人 and phone.</summary>
    public PreparerInfo Preparer { get; set; } = new();

    /// <summary>五、评价报告综述.</summary>
    public Narrative Narrative { get; set; } = new();

    /// <summary>Sections only a department-overall report has; <c>null</c> for a project report.</summary>
    public DepartmentSection? Department { get; set; }

    /// <summary>A deep copy (through the report's own JSON form): a new value, so a store sees a changed document as changed.</summary>
    public ReportDocument Clone() =>
        System.Text.Json.JsonSerializer.Deserialize<ReportDocument>(System.Text.Json.JsonSerializer.Serialize(this, RulesJson.Options), RulesJson.Options)!;
}
