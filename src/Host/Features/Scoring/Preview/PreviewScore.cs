using PerfEval.Host.Features.RuleSets;

namespace PerfEval.Host.Features.Scoring.Preview;

/// <summary>
/// Scores a posted report without storing anything. Without <see cref="RuleSetId"/> the default rubric for the
/// report kind is used; without <see cref="Version"/> its latest published version. Drafts may be previewed by
/// finance administrators only (impact of an edit before publishing).
/// </summary>
public sealed record PreviewScore(
    UserContext User, ReportKind Kind, ReportDocument Content, string? RuleSetId, int? Version, IReadOnlyList<decimal>? Weights) : IQuery<ReportScore>;

public sealed class PreviewScoreValidator : AbstractValidator<PreviewScore>
{
    public PreviewScoreValidator()
    {
        RuleFor(c => c.Kind).IsInEnum();
        RuleFor(c => c.Content).NotNull().WithMessage(ScoringText.PreviewScoreValidator).SetValidator(new ReportDocumentValidator());
        RuleFor(c => c.Version).GreaterThan(0).When(c => c.Version is not null);
        RuleFor(c => c.RuleSetId).NotEmpty().When(c => c.Version is not null).WithMessage(ScoringText.PreviewScoreValidator2);
    }
}

public sealed class PreviewScoreHandler(ReportScoring scoring, RuleSetStore store) : IQueryHandler<PreviewScore, ReportScore>
{
    public async ValueTask<ReportScore> Handle(PreviewScore query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var id = query.RuleSetId ?? DefaultRubric.For(query.Kind, query.Content);
        var ruleSet = await store.ResolveAsync(id, query.Version, allowDraft: query.User.IsInRole(Roles.FinanceAdmin), cancellationToken);
        return await scoring.ScoreAsync(ruleSet, query.Weights is { Count: > 0 } w ? w : null, query.Kind, query.Content, cancellationToken);
    }
}
