using Mediator;
using PerfEval.Host.Data;
using PerfEval.Host.Infrastructure;
using PerfEval.Rules.Model;

namespace PerfEval.Host.Features.Scoring.Document;

/// <summary>
/// Scores a document as it is being edited (for the live score in the UI): the rubric and weights of
/// <see cref="RoundId"/> (or the default rubric for <see cref="Kind"/> when null), with the consistency checks.
/// Stores nothing.
/// </summary>
public sealed record ScoreDocument(ReportDocument Document, ReportKind Kind, Guid? RoundId) : IQuery<ReportScore>;

public sealed class ScoreDocumentHandler(PerfEvalDbContext db, ReportScoring scoring) : IQueryHandler<ScoreDocument, ReportScore>
{
    public async ValueTask<ReportScore> Handle(ScoreDocument query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(query.Document);
        var round = query.RoundId is { } id
            ? await db.Rounds.FindAsync([id], cancellationToken) ?? throw new NotFoundException($"自评任务 {id} 不存在。")
            : null;
        var (ruleSet, weights) = await scoring.ResolveAsync(query.Kind, query.Document, round, cancellationToken);
        return await scoring.ScoreAsync(ruleSet, weights, query.Kind, query.Document, cancellationToken);
    }
}

/// <summary>The consistency findings of a document as it is being edited (no score, nothing stored).</summary>
public sealed record CheckDocument(ReportDocument Document) : IQuery<IReadOnlyList<PerfEval.Rules.Finding>>;

public sealed class CheckDocumentHandler(ReportScoring scoring) : IQueryHandler<CheckDocument, IReadOnlyList<PerfEval.Rules.Finding>>
{
    public async ValueTask<IReadOnlyList<PerfEval.Rules.Finding>> Handle(CheckDocument query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return await scoring.CheckAsync(query.Document, cancellationToken);
    }
}
