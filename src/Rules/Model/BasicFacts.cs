namespace PerfEval.Rules.Model;

/// <summary>一、基本概况 and the cover block.</summary>
public sealed class BasicFacts
{
    /// <summary>项目名称 (or the department's name for a department report).</summary>
    public string ProjectName { get; set; } = "";

    /// <summary>项目单位 / 预算单位.</summary>
    public string? UnitName { get; set; }

    /// <summary>主管部门.</summary>
    public string? SupervisingDepartment { get; set; }

    /// <summary>评价类型.</summary>
    public EvaluationType EvaluationType { get; set; }

    /// <summary>评价方式, e.g. 部门（单位）绩效自评.</summary>
    public string? EvaluationMethod { get; set; }

    /// <summary>评价机构, e.g. 部门（单位）评价组.</summary>
    public string? EvaluationBody { get; set; }

    /// <summary>The finance bureau that issued the form (…财政局（制）).</summary>
    public string? IssuingFinanceBureau { get; set; }

    /// <summary>报告日期 (a day or, as some forms write it, a month).</summary>
    public FormDate? ReportDate { get; set; }

    /// <summary>The budget year evaluated.</summary>
    public int Year { get; set; }

    /// <summary>项目负责人.</summary>
    public string? PersonInCharge { get; set; }

    /// <summary>联系电话.</summary>
    public string? Phone { get; set; }

    /// <summary>地址.</summary>
    public string? Address { get; set; }

    /// <summary>邮编.</summary>
    public string? Postcode { get; set; }

    /// <summary>项目起始时间: a day or a month; open-ended ("2020年8月起至今") when the project has no end yet.</summary>
    public FormDate? StartDate { get; set; }

    /// <summary>项目结束时间: a day or a month.</summary>
    public FormDate? EndDate { get; set; }
}

/// <summary>绩效定性目标 row: what was expected and what was done.</summary>
public sealed class QualitativeGoal
{
    /// <summary>预期目标.</summary>
    public string Expected { get; set; } = "";

    /// <summary>实际完成.</summary>
    public string? Actual { get; set; }
}

/// <summary>评价人员 row.</summary>
public sealed class Evaluator
{
    /// <summary>姓名.</summary>
    public string Name { get; set; } = "";

    /// <summary>职称/职务.</summary>
    public string? Title { get; set; }

    /// <summary>单位.</summary>
    public string? Unit { get; set; }
}

/// <summary>填报人.</summary>
public sealed class PreparerInfo
{
    /// <summary>填报人姓名.</summary>
    public string? Name { get; set; }

    /// <summary>联系电话.</summary>
    public string? Phone { get; set; }
}

/// <summary>五、评价报告综述 (narrative).</summary>
public sealed class Narrative
{
    /// <summary>项目概况.</summary>
    public string? Overview { get; set; }

    /// <summary>资金使用及管理情况.</summary>
    public string? FundsUseAndManagement { get; set; }

    /// <summary>组织实施情况.</summary>
    public string? Implementation { get; set; }

    /// <summary>综合评价情况及评价结论.</summary>
    public string? Conclusion { get; set; }

    /// <summary>主要绩效情况分析.</summary>
    public string? PerformanceAnalysis { get; set; }

    /// <summary>经验做法、存在问题和改进建议.</summary>
    public string? ExperienceProblemsSuggestions { get; set; }
}
