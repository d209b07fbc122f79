using System.Text.Json.Nodes;

namespace PerfEval.Host.Features.RuleSets;

/// <summary>Reads stored rule-set versions and turns them into loaded rule sets (cached when immutable).</summary>
public sealed class RuleSetStore(PerfEvalDbContext db, RuleSetCache cache)
{
    /// <summary>The database the store reads.</summary>
    public PerfEvalDbContext Db => db;

    /// <summary>The stored version, or 404.</summary>
    public async Task<RuleSetVersion> GetRowAsync(string id, int version, CancellationToken ct, bool track = false)
    {
        var query = track ? db.RuleSets : db.RuleSets.AsNoTracking();
        return await query.SingleOrDefaultAsync(v => v.RuleSetId == id && v.Version == version, ct).ConfigureAwait(false)
            ?? throw new NotFoundException(RuleSetText.FormatRuleSetStoreGetRowAsync(id, version));
    }

    /// <summary>The latest published (not retired, not draft) version of a rule set, or null.</summary>
    public Task<RuleSetVersion?> LatestPublishedRowAsync(string id, CancellationToken ct)
        => db.RuleSets.AsNoTracking()
            .Where(v => v.RuleSetId == id && v.Status == RuleSetStatus.Published)
            .OrderByDescending(v => v.Version)
            .FirstOrDefaultAsync(ct);

    /// <summary>
    /// The loaded rule set of a stored version. Published and retired versions come from the cache; a draft is
    /// loaded now and refused (400 with every problem) when the loader refuses it.
    /// </summary>
    public LoadedRuleSet Load(RuleSetVersion row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.Status == RuleSetStatus.Draft)
        {
            // Cached by revision (and text): an impact analysis re-run on an unchanged draft compiles nothing.
            var draft = cache.GetOrLoadDraft(row.RuleSetId, row.Version, row.Revision, row.Json);
            return draft.RuleSet ?? throw new RuleSetInvalidException(draft.Problems);
        }

        var result = cache.GetOrLoad(row.RuleSetId, row.Version, row.Json);
        // A published version was valid when it was published; failing now means the library changed under it.
        return result.RuleSet ?? throw new InvalidOperationException(
            RuleSetText.FormatRuleSetStoreLoad(row.RuleSetId, row.Version) + string.Join("；", result.Problems.Select(p => p.ToString())));
    }

    /// <summary>
    /// (id, version) → loaded rule set; a null version means the latest published one. 404 when there is none.
    /// Drafts are only served when <paramref name="allowDraft"/> (finance administrators previewing their edits).
    /// </summary>
    public async Task<LoadedRuleSet> ResolveAsync(string id, int? version, bool allowDraft, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(id);
        var row = version is { } v
            ? await GetRowAsync(id, v, ct).ConfigureAwait(false)
            : await LatestPublishedRowAsync(id, ct).ConfigureAwait(false)
                ?? throw new NotFoundException(RuleSetText.FormatRuleSetStoreResolveAsync(id));
        if (row.Status == RuleSetStatus.Draft && !allowDraft)
        {
            throw new ConflictException(RuleSetText.FormatRuleSetStoreResolveAsync2(id, row.Version));
        }

        return Load(row);
    }

    /// <summary>
    /// The JSON to store for (id, version): the posted text with only <c>WorkflowName</c> and the metadata rule's
    /// <c>version</c> set, so a scored report's rule-set id/version always name the stored row. Nothing else is
    /// re-generated: what the loader validates is what was posted. Text that is not a rule set at all is a 400.
    /// </summary>
    public static string Normalise(string json, string id, int version)
    {
        ArgumentNullException.ThrowIfNull(json);
        // Never store what cannot be read back (duplicate keys, numbers no decimal holds, control characters …).
        if (RuleSetLoader.CheckReadable(json) is { Count: > 0 } unreadable)
        {
            throw new RuleSetInvalidException(unreadable);
        }

        JsonObject workflow;
        try
        {
            workflow = JsonNode.Parse(json) as JsonObject ?? throw new FormatException(RuleSetText.RuleSetStoreNormalise);
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            throw new RuleSetInvalidException([new RuleSetProblem("json", RuleSetText.RuleSetStoreNormalise2 + e.Message)]);
        }

        var meta = (workflow["Rules"] as JsonArray)?.OfType<JsonObject>()
            .FirstOrDefault(r => r["RuleName"] is JsonValue n && n.TryGetValue<string>(out var name) && name == "rubric")?["Properties"] as JsonObject
            ?? throw new RuleSetInvalidException([new RuleSetProblem("rubric", RuleSetText.RuleSetStoreNormalise3)]);
        workflow["WorkflowName"] = id;
        meta["version"] = version;
        return workflow.ToJsonString(Indented);
    }

    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Title and kind from the stored text (without loading).</summary>
    public static (string Name, RubricKind Kind) Describe(string json)
    {
        try
        {
            var definition = RubricDefinition.FromWorkflowJson(json);
            return (definition.Title, definition.Kind);
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException)
        {
            throw new RuleSetInvalidException([new RuleSetProblem("json", RuleSetText.RuleSetStoreStatic + e.Message)]);
        }
    }

    /// <summary>
    /// Saves a version the caller changed through its methods, with its audit row, in one SaveChanges; a concurrent change
    /// to the same version is a 409 saying <paramref name="conflict"/>, and nothing is written.
    /// </summary>
    public async Task SaveAsync(RuleSetVersion row, string action, string userName, DateTime atUtc, string? detail, string conflict, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(row);
        Audit(row.RuleSetId, row.Version, action, userName, atUtc, detail);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException)
        {
            throw new ConflictException(conflict);
        }
    }

    /// <summary>Appends an audit row (saved with the caller's SaveChanges).</summary>
    public void Audit(string id, int version, string action, string userName, DateTime atUtc, string? detail = null)
        => db.RuleSetAudit.Add(new RuleSetAudit { RuleSetId = id, Version = version, Action = action, UserName = userName, AtUtc = atUtc, Detail = detail });
}
