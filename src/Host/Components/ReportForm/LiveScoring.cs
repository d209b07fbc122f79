using PerfEval.Host.Features.Reports;
using PerfEval.Host.Features.Scoring;
using PerfEval.Host.Identity;
using PerfEval.Host.Infrastructure;
using PerfEval.Rules;
using PerfEval.Rules.Loading;
using PerfEval.Rules.Model;

namespace PerfEval.Host.Components.ReportForm;

/// <summary>
/// The live score of the form as typed (nothing stored): the report's rubric as <see cref="ReportScoring"/> resolves it
/// for the report's round (pinned version and weights, else the default rubric for its kind) plus the consistency checks.
/// </summary>
public sealed class LiveScoring(UiMediator ui)
{
    public Task<LiveCheck> ScoreAsync(UserContext user, Guid reportId, ReportDocument content, CancellationToken ct) =>
        ui.RunAsync(async sp =>
        {
            // Same visibility rule as every handler: 404 outside the caller's organisations.
            var report = await sp.GetRequiredService<ReportAccess>().GetVisibleAsync(user, reportId, ct);
            var scoring = sp.GetRequiredService<ReportScoring>();
            var checks = await scoring.CheckAsync(content, ct);
            LoadedRuleSet? resolved = null;
            try
            {
                var (ruleSet, weights) = await scoring.ResolveAsync(report.Kind, content, report.Round, ct);
                resolved = ruleSet;
                var score = await scoring.ScoreAsync(ruleSet, weights, report.Kind, content, ct);
                return new LiveCheck
                {
                    Findings = ToUi(score.Checks.Concat(score.Findings)),
                    Total = score.Total,
                    Grade = score.Grade,
                    RuleSet = $"{(string.IsNullOrWhiteSpace(ruleSet.Definition.Title) ? ruleSet.Id : ruleSet.Definition.Title)}（第 {score.RuleSetVersion} 版）",
                    Rubric = ruleSet.Definition,
                    Scores = [.. score.Indicators.Select(i => new UiIndicatorScore(i.Key, i.Path, i.Points, i.Score, i.SelfScore, i.Explanation, i.Disagrees, i.Status))],
                };
            }
            catch (Exception e) when (e is BadInputException or NotFoundException)
            {
                // A half-typed form can trip a rule, or no rubric is published: say so, keep the checks.
                // The answer inputs stay when the rubric resolved but scoring tripped.
                return new LiveCheck { Findings = ToUi(checks), Unavailable = e.Message, Rubric = resolved?.Definition };
            }
        }, ct);

    private static List<UiFinding> ToUi(IEnumerable<Finding> findings) =>
        [.. findings
            .Select(f => new UiFinding(LiveCheck.SectionOf(f.Field), f.Field, f.Severity == FindingSeverity.Error, f.Message, f.Rule))
            .DistinctBy(f => (f.Path, f.Message))];
}
