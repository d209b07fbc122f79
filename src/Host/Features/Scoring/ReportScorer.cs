using PerfEval.Host.Domain;
using PerfEval.Rules.Engine;

namespace PerfEval.Host.Features.Scoring;

/// <summary>
/// Stores the rubric score on a report whenever its form is written (create/update), so lists, exports and the
/// dashboard show the same score as the form's live panel. A report leaves 起草 with the score of its last save,
/// and accepted reports are never re-scored by a later rubric.
/// </summary>
public sealed class ReportScorer(RuleSetCatalog catalog)
{
    public void Apply(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var rubric = catalog.Get(report.Round?.RuleSetId ?? RuleSetCatalog.DefaultRubricId(report.Kind, report.Content));
        ScoreResult? score = null;
        try
        {
            score = rubric is null ? null : FastScorer.Score(rubric, report.Content);
        }
        catch (RuleEvaluationException)
        {
            // A form a rule cannot evaluate yet keeps no rubric score; the live panel names the rule.
        }

        report.ScoredTotal = score?.Total;
        report.ScoredGrade = score?.Grade;
        report.ScoredRuleSetId = score?.RuleSetId;
        report.ScoredRuleSetVersion = score?.RuleSetVersion;
    }
}
