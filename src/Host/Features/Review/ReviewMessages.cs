using PerfEval.Host.Features.Scoring;
using PerfEval.Host.Features.Workflow;
using PerfEval.Workflows.Runtime;

namespace PerfEval.Host.Features.Review;

/// <summary>
/// One indicator of the review as shown: the three scores side by side, the reason and the department's note; what the
/// rubric allows the reviewer to give (<see cref="MinScore"/>–<see cref="MaxScore"/>, and for a 定性 indicator its bands) and
/// the band chosen.
/// </summary>
public sealed record IndicatorReviewDto(
    string Key, string Name, decimal Points, decimal? SelfScore, decimal ComputedScore, decimal? ReviewedScore, decimal ShownScore,
    string? Reason, string? ReviewedBy, DateTime? ReviewedAtUtc, string? Annotation, string? AnnotatedBy, DateTime? AnnotatedAtUtc, bool SelfDiffers,
    decimal MinScore, decimal MaxScore, IReadOnlyList<ReviewBand> Bands, string? Band);

/// <summary>The report's review: totals (self, computed, reviewed with grades) and every indicator.</summary>
public sealed record ReportReviewDto(
    Guid ReportId, int Version, string Stage, string RuleSetId, int RuleSetVersion,
    decimal? SelfTotal, string? SelfGrade, decimal ComputedTotal, string? ComputedGrade, decimal? ReviewedTotal, string? ReviewedGrade,
    bool CanReview, bool CanAnnotate, IReadOnlyList<IndicatorReviewDto> Indicators);

/// <summary>The review of a report (any reader of the report; 404 outside the caller's organisations).</summary>
public sealed record GetReportReview(UserContext User, Guid ReportId) : IQuery<ReportReviewDto>, IUserMessage;

/// <summary>
/// One reviewed indicator: a score (null withdraws the review), the reason and, for a 定性 indicator, the band the score lies
/// in (optional: without it the band holding the score is taken).
/// </summary>
public sealed record IndicatorScoreInput(string Key, decimal? Score, string? Reason, string? Band = null) : IIndicatorInput;

/// <summary>
/// The finance reviewer's indicator scores (复核) at 财政局审核; the reviewed total and grade follow from them. A reason is
/// required where a score differs from the computed one; history records each change.
/// </summary>
[AuthorizeRoles(Roles.FinanceReviewer)]
public sealed record ReviewIndicators(UserContext User, Guid ReportId, IReadOnlyList<IndicatorScoreInput> Indicators, int? ExpectedVersion)
    : ICommand<ReportReviewDto>, IUserMessage, IIndicatorChanges<IndicatorScoreInput>;

/// <summary>One department note (empty removes it).</summary>
public sealed record IndicatorNoteInput(string Key, string? Comment) : IIndicatorInput;

/// <summary>The department reviewer's notes on indicators (批注, no score) at 主管部门审批.</summary>
[AuthorizeRoles(Roles.DepartmentReviewer)]
public sealed record AnnotateIndicators(UserContext User, Guid ReportId, IReadOnlyList<IndicatorNoteInput> Indicators, int? ExpectedVersion)
    : ICommand<ReportReviewDto>, IUserMessage, IIndicatorChanges<IndicatorNoteInput>;

public sealed class ReviewIndicatorsValidator() : IndicatorChangesValidator<ReviewIndicators, IndicatorScoreInput>(i =>
{
    i.RuleFor(x => x.Reason).MaximumLength(1000).WithMessage(ReviewText.ReasonTooLong);
    i.RuleFor(x => x.Band).MaximumLength(50);
});

public sealed class AnnotateIndicatorsValidator() : IndicatorChangesValidator<AnnotateIndicators, IndicatorNoteInput>(i =>
    i.RuleFor(x => x.Comment).MaximumLength(1000).WithMessage(ReviewText.ReasonTooLong));

/// <summary>Builds the review view and decides who may review or annotate now (the workflow's actors of the stage).</summary>
public sealed class ReviewView(ReviewScoring scoring, WorkflowCatalog catalog, ReportParticipants participants)
{
    public async Task<ReportReviewDto> BuildAsync(Report report, UserContext user, CancellationToken ct)
    {
        var (rows, score, ruleSet) = await scoring.ComputeAsync(report, ct).ConfigureAwait(false);
        var (canReview, canAnnotate) = await RightsAsync(report, user, ct).ConfigureAwait(false);
        var limits = ReviewScoring.Limits(ruleSet, report.Content, rows);
        var items = rows.Select(r =>
        {
            var saved = report.Review.Find(r.Key);
            var reviewed = saved?.ReviewedScore;
            var allowed = limits.GetValueOrDefault(r.Key) ?? new ReviewLimits(0m, r.Points, []);
            return new IndicatorReviewDto(
                r.Key, r.Name, r.Points, r.SelfScore, r.ComputedScore, reviewed, reviewed ?? r.ComputedScore, saved?.Reason, saved?.ReviewedBy,
                saved?.ReviewedAtUtc, saved?.Annotation, saved?.AnnotatedBy, saved?.AnnotatedAtUtc, r.SelfScore is { } s && s != r.ComputedScore,
                allowed.Min, allowed.Max, allowed.Bands, reviewed is null ? null : saved?.Band);
        }).ToList();
        var reviewedTotal = report.Review.Indicators.Any(i => i.ReviewedScore is not null) ? report.ReviewedScore : null;
        return new ReportReviewDto(
            report.Id, report.Version, report.Stage, score.RuleSetId, score.RuleSetVersion, report.StatedScore, report.StatedGrade,
            score.Total, score.Grade, reviewedTotal, reviewedTotal is { } t ? ruleSet.Definition.GradeOf(t) : null, canReview, canAnnotate, items);
    }

    /// <summary>
    /// Review: the caller may take the finance sign-off action now; annotate: the department sign-off action. With
    /// <paramref name="pin"/>, a report not yet pinned to a workflow definition is pinned to the one that decided (so the
    /// review's history row names it).
    /// </summary>
    public async Task<(bool Review, bool Annotate)> RightsAsync(Report report, UserContext user, CancellationToken ct, bool pin = false)
    {
        var definition = await catalog.ForReportAsync(report, ct).ConfigureAwait(false);
        if (pin)
        {
            WorkflowCatalog.Pin(report, definition);
        }

        var allowed = WorkflowRunner.GetActions(definition, await participants.ContextAsync(report, user, ct).ConfigureAwait(false)).Allowed;
        return (allowed.Any(a => a.SignOff == SignOffField.Finance || a.ScoreRequired), allowed.Any(a => a.SignOff == SignOffField.Department));
    }
}

public sealed class GetReportReviewHandler(ReportAccess access, ReviewView view) : IQueryHandler<GetReportReview, ReportReviewDto>
{
    public async ValueTask<ReportReviewDto> Handle(GetReportReview query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var report = await access.GetVisibleAsync(query.User, query.ReportId, cancellationToken);
        return await view.BuildAsync(report, query.User, cancellationToken);
    }
}

/// <summary>The two indicator writes (review scores, department notes): the same load, history row and save around each change.</summary>
public sealed class IndicatorChangesHandler(PerfEvalDbContext db, ReportAccess access, ReviewScoring scoring, ReviewView view, TimeProvider clock)
    : ICommandHandler<ReviewIndicators, ReportReviewDto>, ICommandHandler<AnnotateIndicators, ReportReviewDto>
{
    public ValueTask<ReportReviewDto> Handle(ReviewIndicators command, CancellationToken cancellationToken) =>
        WriteAsync(command, rights => rights.Review, ReviewText.NotAtStage, (report, computed, actor, at, seq) =>
        {
            var (rows, score, ruleSet) = computed;
            ReportScoring.Store(report, score);
            return report.ApplyReview(
                [.. command.Indicators.Select(i => (i.Key, i.Score, i.Reason, i.Band))], rows, ReviewScoring.Limits(ruleSet, report.Content, rows),
                ruleSet.Definition.GradeOf, actor, at, seq);
        }, cancellationToken);

    public ValueTask<ReportReviewDto> Handle(AnnotateIndicators command, CancellationToken cancellationToken) =>
        WriteAsync(command, rights => rights.Annotate, ReviewText.NotDepartmentStage, (report, computed, actor, at, seq) =>
            report.Annotate([.. command.Indicators.Select(i => (i.Key, i.Comment))], computed.Rows, actor, at, seq), cancellationToken);

    /// <summary>
    /// Loads the report for the write (see <see cref="ReviewSteps.LoadForWriteAsync"/>), lets <paramref name="change"/> apply
    /// the command to it with the rubric's current rows, stores the history row it returns and answers the new review.
    /// </summary>
    private async ValueTask<ReportReviewDto> WriteAsync<TItem>(
        IIndicatorChanges<TItem> command, Func<(bool Review, bool Annotate), bool> allowed, string refusal,
        Func<Report, (IReadOnlyList<IndicatorReview> Rows, ReportScore Score, LoadedRuleSet RuleSet), StepActor, DateTimeOffset, int, ReportHistoryEntry> change,
        CancellationToken ct)
        where TItem : IIndicatorInput
    {
        ArgumentNullException.ThrowIfNull(command);
        var user = command.User;
        var report = await ReviewSteps.LoadForWriteAsync(access, view, user, command.ReportId, command.ExpectedVersion, allowed, refusal, ct);

        var computed = await scoring.ComputeAsync(report, ct);
        var seq = await ReviewSteps.NextSeqAsync(db, report.Id, ct);
        var entry = change(report, computed, new StepActor(user.UserName, user.DisplayName, user.Role, user.OrgId, user.OrgName), clock.GetUtcNow(), seq);
        db.ReportHistory.Add(entry);
        await ReviewSteps.SaveAsync(db, ct);
        return await view.BuildAsync(report, user, ct);
    }
}

internal static class ReviewSteps
{
    /// <summary>
    /// The report tracked for a review write: visible to <paramref name="user"/> (else 404), at <paramref name="expectedVersion"/>
    /// when given (else 409), and with the right <paramref name="allowed"/> picks (else 403 with <paramref name="refusal"/>).
    /// </summary>
    public static async Task<Report> LoadForWriteAsync(
        ReportAccess access, ReviewView view, UserContext user, Guid reportId, int? expectedVersion,
        Func<(bool Review, bool Annotate), bool> allowed, string refusal, CancellationToken ct)
    {
        var report = await access.GetVisibleAsync(user, reportId, ct, track: true).ConfigureAwait(false);
        if (expectedVersion is { } expected)
        {
            ReportAccess.EnsureVersion(report, expected);
        }

        if (!allowed(await view.RightsAsync(report, user, ct, pin: true).ConfigureAwait(false)))
        {
            throw new ForbiddenException(refusal);
        }

        return report;
    }

    public static async Task<int> NextSeqAsync(PerfEvalDbContext db, Guid reportId, CancellationToken ct)
        => (await db.ReportHistory.Where(h => h.ReportId == reportId).Select(h => (int?)h.Seq).MaxAsync(ct).ConfigureAwait(false) ?? 0) + 1;

    public static async Task SaveAsync(PerfEvalDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || e.IsUniqueViolation())
        {
            throw new ConflictException(ReviewText.ReviewMessagesSaveAsync);
        }
    }
}
