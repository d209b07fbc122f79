namespace PerfEval.Host.Domain;

/// <summary>Lifecycle of a stored rule-set version: draft (editable) → published (immutable) → retired (still usable by pins).</summary>
public enum RuleSetStatus
{
    Draft,
    Published,
    Retired,
}

/// <summary>
/// One version of a rule set (rubric or checks), stored as the RulesEngine JSON the library loads.
/// Published and retired versions are never edited: rounds and scored reports pin (id, version).
/// </summary>
public sealed class RuleSetVersion
{
    /// <summary>Rule-set id shared by all versions (the workflow name), e.g. <c>rubric-c-self-evaluation</c>.</summary>
    public required string RuleSetId { get; set; }

    public int Version { get; set; }

    public RuleSetStatus Status { get; set; }

    /// <summary>The rule set as RulesEngine workflow JSON; its metadata version equals <see cref="Version"/>.</summary>
    public required string Json { get; set; }

    /// <summary>Title of the rule set (from its metadata).</summary>
    public required string Name { get; set; }

    /// <summary>Scoring rubric or consistency checks.</summary>
    public RubricKind Kind { get; set; }

    /// <summary>What changed in this version; required to publish.</summary>
    public string? ChangeNote { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public required string UpdatedBy { get; set; }

    public DateTime? PublishedAtUtc { get; set; }

    public string? PublishedBy { get; set; }

    public DateTime? RetiredAtUtc { get; set; }

    public string? RetiredBy { get; set; }

    /// <summary>Optimistic-concurrency token for draft edits (1, 2, 3…).</summary>
    public int Revision { get; set; } = 1;

    /// <summary>Replaces a draft's JSON; refuses a version that is no longer a draft, or an edit made on a stale revision.</summary>
    /// <exception cref="Infrastructure.ConflictException">Not a draft, or <paramref name="expectedRevision"/> is not the current one.</exception>
    public void ReplaceDraft(string json, string name, RubricKind kind, int expectedRevision, string by, DateTime atUtc)
    {
        if (Status != RuleSetStatus.Draft)
        {
            throw new Infrastructure.ConflictException(RuleSetVersionText.NotADraft(RuleSetId, Version, Status));
        }

        if (Revision != expectedRevision)
        {
            throw new Infrastructure.ConflictException(RuleSetVersionText.StaleRevision(expectedRevision, Revision), Revision);
        }

        (Json, Name, Kind) = (json, name, kind);
        Touch(by, atUtc);
    }

    /// <summary>Publishes the draft with its change note: from now on immutable, and what rounds pinning it score with.</summary>
    /// <exception cref="Infrastructure.ConflictException">Not a draft (already published or retired).</exception>
    public void Publish(string note, string by, DateTime atUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(note);
        if (Status != RuleSetStatus.Draft)
        {
            throw new Infrastructure.ConflictException(RuleSetVersionText.PublishedTwice(RuleSetId, Version, Status));
        }

        Status = RuleSetStatus.Published;
        ChangeNote = note.Trim();
        (PublishedAtUtc, PublishedBy) = (atUtc, by);
        Touch(by, atUtc);
    }

    /// <summary>Retires a published version: no longer offered as the latest or for new rounds; what is pinned to it keeps it.</summary>
    /// <exception cref="Infrastructure.ConflictException">Not a published version.</exception>
    public void Retire(string by, DateTime atUtc)
    {
        if (Status != RuleSetStatus.Published)
        {
            throw new Infrastructure.ConflictException(RuleSetVersionText.RetireOnlyPublished(RuleSetId, Version, Status));
        }

        Status = RuleSetStatus.Retired;
        (RetiredAtUtc, RetiredBy) = (atUtc, by);
        Revision++;
    }

    private void Touch(string by, DateTime atUtc)
    {
        (UpdatedAtUtc, UpdatedBy) = (atUtc, by);
        Revision++;
    }
}

/// <summary>Why a rule-set version refuses a move, as people read it.</summary>
internal static class RuleSetVersionText
{
    public static string NotADraft(string id, int version, RuleSetStatus status) =>
        DomainText.FormatRuleSetVersionNotADraft(id, version, (status == RuleSetStatus.Published ? DomainText.VerbPublish : DomainText.VerbRetire));

    public static string StaleRevision(int yours, int current) => DomainText.FormatRuleSetVersionStaleRevision(yours, current);

    public static string PublishedTwice(string id, int version, RuleSetStatus status) =>
        DomainText.FormatRuleSetVersionPublishedTwice(id, version, (status == RuleSetStatus.Published ? DomainText.VerbPublish : DomainText.VerbRetire));

    public static string RetireOnlyPublished(string id, int version, RuleSetStatus status) =>
        DomainText.FormatRuleSetVersionRetireOnlyPublished(id, version, (status == RuleSetStatus.Draft ? DomainText.StatusDraft : DomainText.StatusRetired));
}

/// <summary>Append-only audit trail of rule-set changes: who created, changed, published or retired which version, when.</summary>
public sealed class RuleSetAudit
{
    public long Id { get; set; }

    public required string RuleSetId { get; set; }

    public int Version { get; set; }

    /// <summary><c>shipped</c>, <c>created</c>, <c>imported</c>, <c>updated</c>, <c>published</c> or <c>retired</c>.</summary>
    public required string Action { get; set; }

    public required string UserName { get; set; }

    public DateTime AtUtc { get; set; }

    /// <summary>Change note, source version or other detail.</summary>
    public string? Detail { get; set; }
}
