using PerfEval.Host.Identity;

namespace PerfEval.Host.Features.RubricEditor;

/// <summary>Lifecycle of a stored rubric version.</summary>
public enum RubricVersionStatus
{
    Draft,
    Published,
    Retired,
}

/// <summary>One stored version of a rubric (the RulesEngine workflow JSON as written).</summary>
public sealed record RubricVersionInfo(int Version, RubricVersionStatus Status, string Json, string? ChangeNote, string Author, DateTime AtUtc);

/// <summary>Who did what to a rubric, when.</summary>
public sealed record RubricAuditEntry(DateTime AtUtc, string User, string Action, int Version, string? Note);

/// <summary>A rubric in the list page.</summary>
public sealed record RubricSummary(string Id, string Title, int? PublishedVersion, int? DraftVersion, int Versions, DateTime UpdatedAtUtc);

/// <summary>A rubric with its whole history.</summary>
public sealed record RubricRecord(string Id, string Title, IReadOnlyList<RubricVersionInfo> Versions, IReadOnlyList<RubricAuditEntry> Audit)
{
    public RubricVersionInfo? Draft => Versions.LastOrDefault(v => v.Status == RubricVersionStatus.Draft);

    public RubricVersionInfo? Published => Versions.LastOrDefault(v => v.Status == RubricVersionStatus.Published);

    /// <summary>What the editor opens: the draft if there is one, else the published version.</summary>
    public RubricVersionInfo Current => Draft ?? Published ?? Versions[^1];
}

/// <summary>
/// The editor's persistence seam: load and save rubric versions. Implemented by <see cref="RuleSetRubricStore"/>
/// over the rule-set storage's Mediator commands (database versions and audit).
/// Every method refuses non-FinanceAdmin callers (<see cref="Infrastructure.ForbiddenException"/>).
/// </summary>
public interface IRubricStore
{
    Task<IReadOnlyList<RubricSummary>> ListAsync(UserContext user, CancellationToken ct = default);

    /// <exception cref="Infrastructure.NotFoundException">No such rubric.</exception>
    Task<RubricRecord> GetAsync(UserContext user, string id, CancellationToken ct = default);

    /// <summary>Saves <paramref name="json"/> as the draft (replacing the open draft, or opening a new version).</summary>
    /// <exception cref="Infrastructure.BadInputException">The JSON is not a rule-set workflow.</exception>
    Task<RubricRecord> SaveDraftAsync(UserContext user, string id, string json, CancellationToken ct = default);

    /// <summary>Publishes the draft (the loader must accept it) with a required change note; older published versions stay published until retired.</summary>
    /// <exception cref="Infrastructure.BadInputException">No note, no draft, or the loader refuses the draft (every problem listed).</exception>
    Task<RubricRecord> PublishAsync(UserContext user, string id, string changeNote, CancellationToken ct = default);

    /// <summary>Retires a published version: no longer offered for new rounds; what is pinned to it keeps scoring with it.</summary>
    Task<RubricRecord> RetireAsync(UserContext user, string id, int version, CancellationToken ct = default);

    /// <summary>Roll back: opens a new draft holding the content of <paramref name="version"/>.</summary>
    Task<RubricRecord> DraftFromVersionAsync(UserContext user, string id, int version, CancellationToken ct = default);

    /// <summary>Imports a workflow JSON file as a draft of the rubric it names; a file the loader refuses saves nothing.</summary>
    /// <exception cref="Infrastructure.BadInputException">The loader refuses the file (every problem listed).</exception>
    Task<RubricRecord> ImportAsync(UserContext user, string json, CancellationToken ct = default);
}
