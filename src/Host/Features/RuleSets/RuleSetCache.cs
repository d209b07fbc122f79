using System.Collections.Concurrent;

namespace PerfEval.Host.Features.RuleSets;

/// <summary>
/// Loaded (compiled, dry-run) rule sets of published and retired versions. They never change once published, so
/// one load per process is enough; the key includes the JSON text, so two hosts or test databases holding
/// different texts under the same (id, version) can never see each other's entry.
/// Drafts change with every save: the last few loaded draft revisions are kept (keyed by id, version, revision and text).
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

    private const int DraftsKept = 16;
    private static readonly LinkedList<((string Id, int Version, int Revision, string Json) Key, RuleSetLoadResult Result)> Drafts = new();

    /// <summary>The load result of a draft revision, loading it when it is not among the last <c>16</c> loaded.</summary>
    public RuleSetLoadResult GetOrLoadDraft(string id, int version, int revision, string json)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(json);
        var key = (id, version, revision, json);
        lock (Drafts)
        {
            for (var node = Drafts.First; node is not null; node = node.Next)
            {
                if (node.Value.Key == key)
                {
                    Drafts.Remove(node);
                    Drafts.AddFirst(node);
                    return node.Value.Result;
                }
            }
        }

        var result = RuleSetLoader.Load(json);
        lock (Drafts)
        {
            Drafts.AddFirst((key, result));
            while (Drafts.Count > DraftsKept)
            {
                Drafts.RemoveLast();
            }
        }

        return result;
    }
}
