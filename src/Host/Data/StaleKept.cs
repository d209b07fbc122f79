namespace PerfEval.Host.Data;

/// <summary>Values kept between requests that a save makes stale (dropped once the save is committed).</summary>
[Flags]
internal enum StaleKept
{
    None = 0,

    /// <summary>List and inbox totals (<see cref="ReportCounts"/>): a report or an organisation was saved.</summary>
    Counts = 1,

    /// <summary>The workflow definition versions in use (<see cref="Features.Workflow.WorkflowCatalog"/>).</summary>
    Workflows = 2,

    /// <summary>The organisation tree (<see cref="Identity.OrgScope"/>).</summary>
    Organisations = 4,
}
