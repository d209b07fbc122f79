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

    /// <summary>What changed in this version and why; required to publish (null for a draft and for a shipped version).</summary>
    public string? ChangeNote { get; set; }

    public DateTime? PublishedAtUtc { get; set; }

    public string? PublishedBy { get; set; }

    /// <summary>Publishes the draft with its change note: from now on new reports (and new rounds) start on it.</summary>
    /// <exception cref="Infrastructure.ConflictException">Not a draft (already published, or retired).</exception>
    public void Publish(string note, string by, DateTime atUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(note);
        if (Status != DefinitionStatus.Draft)
        {
            throw new Infrastructure.ConflictException(
                Features.Workflow.Definitions.WorkflowVersionText.CannotPublishAgain(DefinitionId, Version, Status == DefinitionStatus.Published));
        }

        Status = DefinitionStatus.Published;
        ChangeNote = note.Trim();
        (PublishedAtUtc, PublishedBy) = (atUtc, by);
    }

    /// <summary>
    /// Replaces the draft's definition (the designer saving the draft it was editing): the version number stays, so saving
    /// a draft again does not pile up versions. Published and retired versions never change.
    /// </summary>
    /// <exception cref="Infrastructure.ConflictException">Not a draft.</exception>
    public void ReplaceDraft(string name, string reportKind, string json, string by, DateTime atUtc)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(reportKind);
        ArgumentException.ThrowIfNullOrWhiteSpace(json);
        if (Status != DefinitionStatus.Draft)
        {
            throw new Infrastructure.ConflictException(Features.Workflow.Definitions.WorkflowVersionText.FormatCannotReplace(DefinitionId, Version));
        }

        (Name, ReportKind, Json, CreatedAtUtc, CreatedBy) = (name, reportKind, json, atUtc, by);
    }

    /// <summary>Stops new reports from starting on this version; reports pinned to it keep running on it.</summary>
    /// <exception cref="Infrastructure.ConflictException">The version is not published.</exception>
    public void Retire()
    {
        if (Status != DefinitionStatus.Published)
        {
            throw new Infrastructure.ConflictException(DomainText.FormatWorkflowDefinitionVersionRetire(DefinitionId, Version));
        }

        Status = DefinitionStatus.Retired;
    }
}

/// <summary>
/// Append-only audit of workflow definition versions: which version was stored (designer draft, imported JSON, shipped file),
/// published (with its change note) or retired, by whom (login, display name, role), when.
/// </summary>
public sealed class WorkflowDefinitionAudit
{
    /// <summary>A version shipped with the product was stored at start-up.</summary>
    public const string Shipped = "shipped";

    /// <summary>A new version was stored from the designer.</summary>
    public const string Created = "created";

    /// <summary>A draft was saved again from the designer (same version number, new content).</summary>
    public const string Updated = "updated";

    /// <summary>A new version was stored from an imported JSON definition (the API, or the designer's import).</summary>
    public const string Imported = "imported";

    public const string Published = "published";

    public const string Retired = "retired";

    public long Id { get; set; }

    public required string DefinitionId { get; set; }

    public int Version { get; set; }

    /// <summary>One of <see cref="Shipped"/>, <see cref="Created"/>, <see cref="Updated"/>, <see cref="Imported"/>, <see cref="Published"/>, <see cref="Retired"/>.</summary>
    public required string Action { get; set; }

    public required string UserName { get; set; }

    public required string DisplayName { get; set; }

    /// <summary>The role the user acted in (role code; empty for the system).</summary>
    public required string Role { get; set; }

    public DateTime AtUtc { get; set; }

    /// <summary>The change note (publishing), or the note given with a draft or a retirement.</summary>
    public string? Note { get; set; }
}
