namespace PerfEval.Rules.Loading;

/// <summary>The ids of the shipped rule sets (<c>rule-sets/</c>) and loading a directory of them. Which rubric scores a report is the host's policy.</summary>
public static class RuleSetDirectory
{
    /// <summary>Id of the project rubric A (项目支出绩效评价指标体系).</summary>
    public const string RubricA = "rubric-a-project";

    /// <summary>Id of the department rubric B (部门整体支出绩效评价评分表).</summary>
    public const string RubricB = "rubric-b-department";

    /// <summary>Id of the self-evaluation rubric C (scores the report's own indicator table).</summary>
    public const string RubricC = "rubric-c-self-evaluation";

    /// <summary>Id of the consistency checks.</summary>
    public const string Checks = "checks-consistency";

    /// <summary>Loads every <c>*.json</c> rule set of <paramref name="directory"/> (the schema file excluded), by id.</summary>
    /// <param name="directory">Directory holding the rule sets.</param>
    /// <returns>Loaded rule sets by id, and the problems of the files that were refused (file name as the rule).</returns>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is empty.</exception>
    /// <exception cref="DirectoryNotFoundException">No such directory.</exception>
    public static (IReadOnlyDictionary<string, LoadedRuleSet> RuleSets, IReadOnlyList<RuleSetProblem> Problems) LoadAll(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var sets = new Dictionary<string, LoadedRuleSet>(StringComparer.Ordinal);
        var problems = new List<RuleSetProblem>();
        foreach (var file in Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            if (file.EndsWith(".schema.json", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var result = RuleSetLoader.LoadFile(file);
            if (result.RuleSet is { } rs)
            {
                sets[rs.Id] = rs;
            }
            else
            {
                problems.AddRange(result.Problems.Select(p => p with { Rule = $"{Path.GetFileName(file)}: {p.Rule}" }));
            }
        }

        return (sets, problems);
    }
}
