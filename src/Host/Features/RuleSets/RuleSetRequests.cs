namespace PerfEval.Host.Features.RuleSets;

/// <summary>
/// Body of <c>POST /api/rule-sets/{id}/drafts</c>: copy a version (<c>fromVersion</c>), or import a rule-set file
/// (<c>json</c>, as an object or as a string). A rule-set file posted as the whole body is imported too.
/// </summary>
public sealed class CreateDraftRequest
{
    public int? FromVersion { get; init; }

    /// <summary>The RulesEngine workflow JSON (object, or the file's text as a string).</summary>
    public System.Text.Json.JsonElement? Json { get; init; }
}

/// <summary>Body of <c>PUT /api/rule-sets/{id}/versions/{v}</c>; the revision may come here or in If-Match.</summary>
public sealed class UpdateDraftRequest
{
    public required System.Text.Json.JsonElement Json { get; init; }

    public int? Revision { get; init; }
}

/// <summary>Body of publish and retire.</summary>
public sealed class NoteRequest
{
    public string? Note { get; init; }
}
