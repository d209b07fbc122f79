namespace PerfEval.Host.Domain;

/// <summary>
/// One thing a round asks for: a project of a unit (project round) or a department's whole budget
/// (department round, <see cref="ProjectName"/> empty). Unique per round, so opening a round twice
/// cannot create a second report for the same target.
/// </summary>
public sealed class RoundTarget
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid RoundId { get; set; }

    public Guid OrgId { get; set; }

    public Organisation? Org { get; set; }

    /// <summary>项目名称; empty (not null, so the unique index holds) for a department round.</summary>
    public string ProjectName { get; set; } = "";

    /// <summary>The draft report created for this target.</summary>
    public Guid? ReportId { get; set; }
}
