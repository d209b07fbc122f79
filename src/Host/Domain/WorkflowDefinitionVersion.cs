namespace PerfEval.Host.Domain;

/// <summary>Lifecycle of a stored workflow definition version.</summary>
public enum DefinitionStatus
{
    Draft,
    Published,

    /// <summary>No longer used for new reports; reports pinned to it finish on it.</summary>
    Retired,
}

/// <summary>
/// One version of a workflow definition, stored as the JSON the library reads. Versions are never edited once
/// published: a report pins (definition id, version) when it starts, so publishing a new one leaves it alone.
/// </summary>
public sealed class WorkflowDefinitionVersion
{
    /// <summary>Definition id shared by all versions, e.g. <c>project-approval</c>.</summary>
    public required string DefinitionId { get; set; }

    public int Version { get; set; }

    public required string Name { get; set; }

    /// <summary>The report kind the definition runs (<c>project</c> / <c>department</c>).</summary>
    public required string ReportKind { get; set; }

    /// <summary>The definition as JSON (see the README, "Approval workflow").</summary>
    public required string Json { get; set; }

    public DefinitionStatus Status { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public required string CreatedBy { get; set; }

    /// <summary>Stops new reports from starting on this version; reports pinned to it keep running on it.</summary>
    /// <exception cref="Infrastructure.ConflictException">The version is not published.</exception>
    public void Retire()
    {
        if (Status != DefinitionStatus.Published)
        {
            throw new Infrastructure.ConflictException(DomainText.WorkflowDefinitionVersionRetire(DefinitionId, Version));
        }

        Status = DefinitionStatus.Retired;
    }
}
