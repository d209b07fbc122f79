namespace PerfEval.Workflows.Definitions;

/// <summary>Where in the organisation tree, relative to the report, the actor of an action must sit.</summary>
public enum OrgLevel
{
    /// <summary>The organisation that owns the report (for a department-overall report, the department itself).</summary>
    ReportUnit,

    /// <summary>The parent of the report's organisation (主管部门).</summary>
    SupervisingDepartment,

    /// <summary>The root of the tree (财政局).</summary>
    FinanceBureau,
}
