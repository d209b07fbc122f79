using Mediator;
using PerfEval.Host.Features.Reports;
using PerfEval.Host.Identity;
using PerfEval.Rules;
using PerfEval.Rules.Checks;
using PerfEval.Rules.Engine;
using PerfEval.Rules.Model;

namespace PerfEval.Host.Features.Scoring;

/// <summary>
/// Scores a form as typed (not saved) with the report's rubric and runs the consistency checks: the live score of the
/// report form. Nothing is written. 404 outside the caller's organisations.
/// </summary>
public sealed record PreviewScore(UserContext User, Guid ReportId, ReportDocument Content) : IQuery<ScorePreview>;

/// <summary>The score (null when no rubric could run, with the reason) and the consistency findings.</summary>
public sealed record ScorePreview(ScoreResult? Score, IReadOnlyList<Finding> Findings, string? Unavailable, string? RuleSetTitle = null);

public sealed class PreviewScoreHandler(ReportAccess access, RuleSetCatalog catalog) : IQueryHandler<PreviewScore, ScorePreview>
{
    public async ValueTask<ScorePreview> Handle(PreviewScore query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(query.Content);
        var report = await access.GetVisibleAsync(query.User, query.ReportId, cancellationToken);
        var findings = catalog.Get(RuleSetCatalog.Checks) is { } checks ? ConsistencyChecker.Check(checks, query.Content) : [];
        var rubricId = report.Round?.RuleSetId ?? RuleSetCatalog.DefaultRubricId(report.Kind, query.Content);
        var rubric = catalog.Get(rubricId);
        if (rubric is null)
        {
            return new ScorePreview(null, findings, $"评分规则“{rubricId}”不可用。");
        }

        try
        {
            return new ScorePreview(FastScorer.Score(rubric, query.Content), findings, null, rubric.Definition.Title);
        }
        catch (RuleEvaluationException e)
        {
            // A half-typed form can trip a rule; say which instead of failing the page.
            return new ScorePreview(null, findings, $"规则“{e.Rule}”暂时无法计算：{e.Message}");
        }
    }
}
