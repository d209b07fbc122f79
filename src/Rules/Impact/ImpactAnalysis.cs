using PerfEval.Rules.Engine;
using PerfEval.Rules.Loading;
using PerfEval.Rules.Model;

namespace PerfEval.Rules.Impact;

/// <summary>A report to re-score in an impact analysis.</summary>
/// <param name="Id">Identifier shown in the movers list (report id).</param>
/// <param name="Title">Title shown to people.</param>
/// <param name="Report">The report content.</param>
/// <param name="Options">Level-1 weights of the report's round, if it has any (both versions are scored with them).</param>
public sealed record ImpactSubject(string Id, string Title, ReportDocument Report, ScoreOptions? Options = null);

/// <summary>A report whose total changes between the two versions.</summary>
/// <param name="Id">Report id.</param>
/// <param name="Title">Report title.</param>
/// <param name="Before">Total with the current version.</param>
/// <param name="After">Total with the draft.</param>
/// <param name="GradeBefore">Grade with the current version.</param>
/// <param name="GradeAfter">Grade with the draft.</param>
public sealed record ImpactMover(string Id, string Title, decimal Before, decimal After, string? GradeBefore, string? GradeAfter)
{
    /// <summary>After − before.</summary>
    public decimal Delta => After - Before;
}

/// <summary>How many reports move from one grade to another (including unchanged grades).</summary>
/// <param name="From">Grade with the current version (<c>null</c>: no band).</param>
/// <param name="To">Grade with the draft.</param>
/// <param name="Count">Number of reports.</param>
public sealed record GradeTransition(string? From, string? To, int Count);

/// <summary>The outcome of <see cref="ImpactAnalysis.Compare"/>.</summary>
/// <param name="Reports">Reports scored with both versions.</param>
/// <param name="ScoreChanged">Reports whose total changes.</param>
/// <param name="GradeChanged">Reports whose grade changes.</param>
/// <param name="Transitions">Grade from → to counts, every pair that occurs.</param>
/// <param name="TopMovers">The largest absolute changes, largest first.</param>
/// <param name="Failures">Reports one of the versions could not score (rule, message), counted apart.</param>
public sealed record ImpactResult(
    int Reports,
    int ScoreChanged,
    int GradeChanged,
    IReadOnlyList<GradeTransition> Transitions,
    IReadOnlyList<ImpactMover> TopMovers,
    IReadOnlyList<string> Failures);

/// <summary>
/// Scores many reports with the current and the draft version of a rubric on the fast path (delegates compiled
/// once at load, <see cref="FastScorer.ScoreTotal"/>) and summarises what would change if the draft were published.
/// </summary>
public static class ImpactAnalysis
{
    /// <summary>Compares the totals and grades of <paramref name="reports"/> under both versions.</summary>
    /// <param name="current">The published version (the grades before).</param>
    /// <param name="draft">The draft (the grades after).</param>
    /// <param name="reports">Reports to score.</param>
    /// <param name="top">How many movers to keep (default 10).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> is negative.</exception>
    public static ImpactResult Compare(LoadedRuleSet current, LoadedRuleSet draft, IEnumerable<ImpactSubject> reports, int top = 10)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentOutOfRangeException.ThrowIfNegative(top);
        int count = 0, scoreChanged = 0, gradeChanged = 0;
        var transitions = new Dictionary<(string?, string?), int>();
        var movers = new List<ImpactMover>();
        var failures = new List<string>();
        foreach (var s in reports)
        {
            decimal before, after;
            try
            {
                before = FastScorer.ScoreTotal(current, s.Report, s.Options);
                after = FastScorer.ScoreTotal(draft, s.Report, s.Options);
            }
            catch (RuleEvaluationException e)
            {
                failures.Add($"{s.Title}：{e.Rule} {e.Message}");
                continue;
            }
            catch (ArgumentException e) when (s.Options is not null)
            {
                // The round's weights no longer fit (the draft has another number of level-1 groups).
                failures.Add($"{s.Title}：自评任务的一级指标权重不适用 — {e.Message}");
                continue;
            }

            count++;
            var (gb, ga) = (current.Definition.GradeOf(before), draft.Definition.GradeOf(after));
            transitions[(gb, ga)] = transitions.GetValueOrDefault((gb, ga)) + 1;
            if (gb != ga)
            {
                gradeChanged++;
            }

            if (before != after)
            {
                scoreChanged++;
                Keep(movers, new ImpactMover(s.Id, s.Title, before, after, gb, ga), top);
            }
        }

        return new ImpactResult(
            count, scoreChanged, gradeChanged,
            [.. transitions.OrderBy(t => t.Key.Item1, StringComparer.Ordinal).ThenBy(t => t.Key.Item2, StringComparer.Ordinal)
                .Select(t => new GradeTransition(t.Key.Item1, t.Key.Item2, t.Value))],
            [.. movers.OrderByDescending(m => Math.Abs(m.Delta)).ThenBy(m => m.Id, StringComparer.Ordinal)],
            failures);
    }

    // Keeps only the `top` largest movers so 100k changed reports never build a 100k list to sort.
    private static void Keep(List<ImpactMover> movers, ImpactMover mover, int top)
    {
        if (top == 0)
        {
            return;
        }

        if (movers.Count < top)
        {
            movers.Add(mover);
            return;
        }

        var smallest = 0;
        for (var n = 1; n < movers.Count; n++)
        {
            if (Math.Abs(movers[n].Delta) < Math.Abs(movers[smallest].Delta))
            {
                smallest = n;
            }
        }

        if (Math.Abs(mover.Delta) > Math.Abs(movers[smallest].Delta))
        {
            movers[smallest] = mover;
        }
    }
}
