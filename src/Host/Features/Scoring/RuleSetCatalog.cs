using System.Collections.Concurrent;
using PerfEval.Rules.Loading;
using PerfEval.Rules.Model;

namespace PerfEval.Host.Features.Scoring;

/// <summary>
/// The shipped rule sets (<c>rule-sets/*.json</c> beside the binary), loaded and compiled once per process,
/// and which rubric scores a report: the one its round pins, else the default for its kind.
/// </summary>
public sealed class RuleSetCatalog(ILogger<RuleSetCatalog> logger)
{
    public const string Checks = RuleSetDirectory.Checks;

    private readonly ConcurrentDictionary<string, Lazy<LoadedRuleSet?>> _sets = new(StringComparer.Ordinal);

    /// <summary>Where the rule sets are read from (overridable for tests).</summary>
    public string Directory { get; init; } = Path.Combine(AppContext.BaseDirectory, "rule-sets");

    /// <summary>The rule set with this id, or null when it is missing or refused by the loader (logged once).</summary>
    public LoadedRuleSet? Get(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return _sets.GetOrAdd(id, key => new Lazy<LoadedRuleSet?>(() => Load(key))).Value;
    }

    /// <summary>The rules library's default (department → B; project answering rubric A → A; else C).</summary>
    public static string DefaultRubricId(ReportKind kind, ReportDocument report) => RuleSetDirectory.DefaultRubricId(kind, report);

    private LoadedRuleSet? Load(string id)
    {
        var file = Path.Combine(Directory, id + ".json");
        if (!File.Exists(file))
        {
            logger.LogWarning("Rule set {RuleSet} not found at {File}", id, file);
            return null;
        }

        var result = RuleSetLoader.LoadFile(file);
        if (!result.Succeeded)
        {
            logger.LogWarning("Rule set {RuleSet} refused: {Problems}", id, string.Join("; ", result.Problems.Select(p => $"{p.Rule}: {p.Message}")));
        }

        return result.RuleSet;
    }
}
