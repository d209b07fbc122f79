using PerfEval.Host.Features.Attachments.Evidence;
using PerfEval.Host.Features.Workflow.Submission;

namespace PerfEval.Host.Features.Scoring.Submission;

/// <summary>
/// The one submission gate: the report's required facts (<see cref="RequiredFacts"/>) and dates within their fields' rules
/// (stored before the rules existed, e.g. by an import), then every error finding of its
/// rubric (an indicator that cannot be scored, a refused judgment…) and of the consistency checks — and nothing else:
/// warnings (rounding differences, disagreeing self-scores) never block. The API and the web page show these same
/// messages. Evidence the rubric requires as an error (<c>evidenceRequired: "error"</c>) and that is not attached blocks
/// too, naming the item (field <c>evidence.A.1.2.1.3</c>). Fields are JSON paths from the report root (<c>content.funding.balance.total</c>).
/// </summary>
public sealed class ChecksSubmissionGate(ReportScoring scoring, EvidenceRules evidence) : ISubmissionGate
{
    public async Task<IReadOnlyList<SubmissionError>> GetBlockingErrorsAsync(Report report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var errors = new List<SubmissionError>(RequiredFacts.Missing(report.Kind, report.Content));
        errors.AddRange(RequiredFacts.DateProblems(report.Content));
        IEnumerable<Finding> findings;
        try
        {
            var (ruleSet, weights) = await scoring.ResolveAsync(report.Kind, report.Content, report.Round, cancellationToken);
            var score = await scoring.ScoreAsync(ruleSet, weights, report.Kind, report.Content, cancellationToken);
            findings = score.Findings.Concat(score.Checks);
            errors.AddRange(await evidence.BlockingAsync(report, ruleSet.Definition, cancellationToken));
        }
        catch (BadInputException e)
        {
            errors.Add(new SubmissionError(e.Field == "content" ? "content" : "round." + e.Field, e.Message));
            findings = await scoring.CheckAsync(report.Content, cancellationToken);
        }
        catch (NotFoundException)
        {
            // No published rubric for this report: nothing to score against, the checks still apply.
            findings = await scoring.CheckAsync(report.Content, cancellationToken);
        }

        errors.AddRange(findings.Where(f => f.Severity == FindingSeverity.Error).Select(f => new SubmissionError("content." + f.Field, f.Message, f.Rule)));
        return [.. errors.DistinctBy(e => (e.Field, e.Message))];
    }
}

/// <summary>Scores the report on submission (and whenever it has no score yet) so the history row carries the score.</summary>
public sealed class ScoreOnStepRecorder(ReportScoring scoring, RuleSets.RuleSetStore store, ILogger<ScoreOnStepRecorder> logger) : IStepScoreRecorder
{
    public async Task RecordAsync(Report report, bool submitting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Stage == ReportStages.Accepted || (!submitting && report.ScoredTotal is not null))
        {
            return;
        }

        try
        {
            var (ruleSet, weights) = await scoring.ResolveAsync(report.Kind, report.Content, report.Round, cancellationToken);
            ReportScoring.Store(report, await scoring.ScoreAsync(ruleSet, weights, report.Kind, report.Content, cancellationToken));
        }
        catch (Exception e) when (e is BadInputException or NotFoundException or ConflictException)
        {
            // A step is never refused for want of a score (the submission gate refuses unscorable reports).
            logger.LogWarning("Report {ReportId} not scored at this step: {Reason}", report.Id, e.Message);
        }
    }

    /// <summary>The grade bands of the rubric version that scored the report (else the one its round pins).</summary>
    public async Task<string?> GradeAsync(Report report, decimal score, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        try
        {
            var ruleSet = report.ScoredRuleSetId is { } id && report.ScoredRuleSetVersion is { } v
                ? await store.ResolveAsync(id, v, allowDraft: false, cancellationToken)
                : (await scoring.ResolveAsync(report.Kind, report.Content, report.Round, cancellationToken)).RuleSet;
            return ruleSet.Definition.GradeOf(score);
        }
        catch (Exception e) when (e is BadInputException or NotFoundException)
        {
            return Rules.Definitions.GradeBand.Find(Rules.Definitions.GradeBand.Defaults(), score)?.Grade;
        }
    }
}
