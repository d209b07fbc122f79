using System.Collections.Concurrent;
using PerfEval.Rules.Loading;

namespace PerfEval.Host.Features.RuleSets;

/// <summary>
/// Loaded (compiled, dry-run) rule sets of published and retired versions. They never change once published, so
/// one load per process is enough; the key includes the JSON text, so two hosts or test databases holding
/// different texts under the same (id, version) can never see each other's entry.
/// Drafts are not cached: they are loaded per request.
/// </summary>
public sealed class RuleSetCache
{
    // Static: loading costs ~0.5 s per rule set (schema, compilation, dry runs) and the key makes sharing safe.
    private static readonly ConcurrentDictionary<(string Id, int Version, string Json), Lazy<RuleSetLoadResult>> Loaded = new();

    /// <summary>The load result of this exact text, loading it once.</summary>
    public RuleSetLoadResult GetOrLoad(string id, int version, string json)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(json);
        return Loaded.GetOrAdd((id, version, json), k => new Lazy<RuleSetLoadResult>(() => RuleSetLoader.Load(k.Json))).Value;
    }
}
