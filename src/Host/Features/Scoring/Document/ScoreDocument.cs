namespace PerfEval.Host.Features.Scoring.Document;

/// <summary>
/// Scores a report's form as it is being edited (the live score beside the form): the rubric version and weights the
/// report's round pins (else the default rubric for its kind) and the consistency checks. Stores nothing; 404 when the
/// report is outside the sender's organisations, like reading it.
/// </summary>
public sealed record ScoreDocument(UserContext User, Guid ReportId, ReportDocument Document) : IQuery<DocumentScore>, IUserMessage;

/// <summary>
/// The live score: the score (null when the rubric cannot score the form as typed, see <see cref="Unavailable"/>), the
/// rubric that scores it (its inputs drive the form's answer section) and the consistency findings.
/// </summary>
public sealed record DocumentScore(ReportScore? Score, RubricDefinition? Rubric, IReadOnlyList<Finding> Checks, string? Unavailable);

public sealed class ScoreDocumentHandler(ReportAccess access, ReportScoring scoring) : IQueryHandler<ScoreDocument, DocumentScore>
{
    public async ValueTask<DocumentScore> Handle(ScoreDocument query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(query.Document);
        var report = await access.GetVisibleAsync(query.User, query.ReportId, cancellationToken);
        RubricDefinition? rubric = null;
        try
        {
            var (ruleSet, weights) = await scoring.ResolveAsync(report.Kind, query.Document, report.Round, cancellationToken);
            rubric = ruleSet.Definition;
            var score = await scoring.ScoreAsync(ruleSet, weights, report.Kind, query.Document, cancellationToken);
            return new DocumentScore(score, rubric, score.Checks, null);
        }
        catch (Exception e) when (e is BadInputException or NotFoundException)
        {
            // A half-typed form can trip a rule, or no rubric is published: say so, keep the checks (and the answer inputs
            // when the rubric resolved but scoring tripped).
            return new DocumentScore(null, rubric, await scoring.CheckAsync(query.Document, cancellationToken), e.Message);
        }
    }
}
