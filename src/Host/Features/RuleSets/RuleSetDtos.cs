namespace PerfEval.Host.Features.RuleSets;

/// <summary>One version in lists (no JSON).</summary>
public sealed record RuleSetVersionInfo(
    string RuleSetId, int Version, RuleSetStatus Status, string Name, RubricKind Kind, string? ChangeNote,
    DateTime CreatedAtUtc, string CreatedBy, DateTime UpdatedAtUtc, string UpdatedBy,
    DateTime? PublishedAtUtc, string? PublishedBy, DateTime? RetiredAtUtc, string? RetiredBy, int Revision)
{
    public static RuleSetVersionInfo From(RuleSetVersion v) => new(
        v.RuleSetId, v.Version, v.Status, v.Name, v.Kind, v.ChangeNote, v.CreatedAtUtc, v.CreatedBy, v.UpdatedAtUtc, v.UpdatedBy,
        v.PublishedAtUtc, v.PublishedBy, v.RetiredAtUtc, v.RetiredBy, v.Revision);
}

/// <summary>A rule set with all its versions, newest first, and its latest published version (null when none).</summary>
public sealed record RuleSetSummary(string RuleSetId, string Name, RubricKind Kind, int? LatestPublishedVersion, IReadOnlyList<RuleSetVersionInfo> Versions);

/// <summary>One version with its RulesEngine JSON and, for drafts, the loader's current problems.</summary>
public sealed record RuleSetVersionDetail(RuleSetVersionInfo Info, string Json, IReadOnlyList<RuleSetProblem> Problems);

/// <summary>Result of validating a rule set: valid, or every problem with its rule.</summary>
public sealed record RuleSetValidation(bool Valid, string? RuleSetId, int? Version, RubricKind? Kind, string? Title, int RuleCount, IReadOnlyList<RuleSetProblem> Problems,
    IReadOnlyList<RuleSetProblem>? Warnings = null);

/// <summary>Changes from one version to another (<see cref="RubricDiff"/>).</summary>
public sealed record RuleSetDiff(string RuleSetId, int From, int To, IReadOnlyList<RubricChange> Changes);

/// <summary>One audit row.</summary>
public sealed record RuleSetAuditEntry(string RuleSetId, int Version, string Action, string UserName, DateTime AtUtc, string? Detail)
{
    public static RuleSetAuditEntry From(RuleSetAudit a) => new(a.RuleSetId, a.Version, a.Action, a.UserName, a.AtUtc, a.Detail);
}
