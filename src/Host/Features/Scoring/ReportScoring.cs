using PerfEval.Host.Features.RuleSets;
using PerfEval.Rules.Checks;
using PerfEval.Rules.Engine;

namespace PerfEval.Host.Features.Scoring;

/// <summary>
/// Scores report documents with the rule-set version their round pins (or the default rubric for the report
/// kind, as the CLI picks it) and runs the consistency checks (<c>checks-consistency</c>, latest published).
/// </summary>
public sealed class ReportScoring(RuleSetStore store)
{
    // One request scores a form once: submitting runs the gate (rubric + checks) and then records the score on the step,
    // on the same document. Remembered by reference, so a changed document (a new object) is scored again.
    private (ReportDocument Content, LoadedRuleSet RuleSet, IReadOnlyList<decimal>? Weights, ReportKind Kind, ReportScore Score)? _scored;
    private (ReportDocument Content, LoadedRuleSet Checks, IReadOnlyList<Finding> Findings)? _checked;

    /// <summary>Id of the consistency-check rule set run on save and before submission.</summary>
    public const string ChecksRuleSetId = PerfEval.Rules.Loading.RuleSetDirectory.Checks;

    /// <summary>Which rubric version and weights score a report in <paramref name="round"/> (null: no round).</summary>
    public async Task<(LoadedRuleSet RuleSet, IReadOnlyList<decimal>? Weights)> ResolveAsync(
        ReportKind kind, ReportDocument content, EvaluationRound? round, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        var id = round?.RuleSetId ?? DefaultRubric.For(kind, content);
        var version = round?.RuleSetId is null ? null : round.RuleSetVersion;
        var ruleSet = await store.ResolveAsync(id, version, allowDraft: false, ct).ConfigureAwait(false);
        return (ruleSet, RoundWeights.Parse(round?.Level1Weights, "round.level1Weights"));
    }

    /// <summary>Scores a document of <paramref name="kind"/> (fast compiled path, same result as RulesEngine's) and runs the checks.</summary>
    /// <exception cref="BadInputException">A rubric of the other report kind, weights that do not fit the rubric, or a report the rules cannot evaluate (rule named).</exception>
    public async Task<ReportScore> ScoreAsync(LoadedRuleSet ruleSet, IReadOnlyList<decimal>? weights, ReportKind kind, ReportDocument content, CancellationToken ct)
    {
        if (_scored is { } s && ReferenceEquals(s.Content, content) && ReferenceEquals(s.RuleSet, ruleSet) && s.Kind == kind
            && (s.Weights ?? []).SequenceEqual(weights ?? []))
        {
            return s.Score;
        }

        var result = ScoreOnly(ruleSet, weights, kind, content);
        var checks = await CheckAsync(content, ct).ConfigureAwait(false);
        var score = new ReportScore(result.RuleSetId, result.RuleSetVersion, weights, result.Total, result.Grade, result.Level1, result.Indicators,
            result.Findings, checks, Stored: false);
        _scored = (content, ruleSet, weights, kind, score);
        return score;
    }

    /// <summary>The rubric's score only (no checks): the batch path for impact analysis.</summary>
    /// <exception cref="BadInputException">A rubric of the other report kind, weights that do not fit the rubric, or a report the rules cannot evaluate (rule named).</exception>
    public static ScoreResult ScoreOnly(LoadedRuleSet ruleSet, IReadOnlyList<decimal>? weights, ReportKind kind, ReportDocument content)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(content);
        if (ruleSet.Definition.WhyNotFor(kind) is { } why)
        {
            // A rubric scores only its own report kind: a department report under rubric A is no score at all.
            throw new BadInputException("ruleSetId", why + "。");
        }

        try
        {
            return FastScorer.Score(ruleSet, content, new ScoreOptions { Level1Weights = weights, ReportKind = kind });
        }
        catch (RuleEvaluationException e)
        {
            throw new BadInputException("content", ScoringText.FormatReportScoringScoreOnly(e.Rule, e.Message));
        }
        catch (ArgumentException e)
        {
            throw new BadInputException("weights", e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", "", StringComparison.Ordinal));
        }
    }

    /// <summary>The consistency findings (warnings and errors) of a document; none when no checks rule set is published.</summary>
    public async Task<IReadOnlyList<Finding>> CheckAsync(ReportDocument content, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        var row = await store.LatestPublishedRowAsync(ChecksRuleSetId, ct).ConfigureAwait(false);
        if (row is null)
        {
            return [];
        }

        var checks = store.Load(row);
        if (_checked is { } c && ReferenceEquals(c.Content, content) && ReferenceEquals(c.Checks, checks))
        {
            return c.Findings;
        }

        var findings = ConsistencyChecker.Check(checks, content);
        _checked = (content, checks, findings);
        return findings;
    }

    /// <summary>Writes a score to the report's columns (the caller saves).</summary>
    public static void Store(Report report, ReportScore score)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(score);
        report.ScoredTotal = score.Total;
        report.ScoredGrade = score.Grade;
        report.ScoredRuleSetId = score.RuleSetId;
        report.ScoredRuleSetVersion = score.RuleSetVersion;
    }
}
