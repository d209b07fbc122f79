namespace PerfEval.Host.Domain;

/// <summary>
/// A self-evaluation report: queryable facts as columns, the form itself as one document.
/// <see cref="Version"/> is the optimistic-concurrency token (also the ETag).
/// </summary>
public sealed class Report
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public ReportKind Kind { get; set; }

    public Guid OrgId { get; set; }

    public Organisation? Org { get; set; }

    public Guid? RoundId { get; set; }

    public EvaluationRound? Round { get; set; }

    /// <summary>项目名称, copied from the document for lists and search.</summary>
    public string Title { get; set; } = "";

    public int Year { get; set; }

    /// <summary>Workflow stage code (stages are defined by the workflow definition).</summary>
    public string Stage { get; set; } = ReportStages.Draft;

    /// <summary>When the report entered <see cref="Stage"/>.</summary>
    public DateTime StageEnteredAtUtc { get; set; }

    /// <summary>Workflow definition the report runs on, pinned when it starts.</summary>
    public string? WorkflowDefinitionId { get; set; }

    public int? WorkflowVersion { get; set; }

    public ReportDocument Content { get; set; } = new();

    /// <summary>
    /// The parts of <see cref="Content"/> scoring reads (<see cref="PerfEval.Rules.Engine.ScoringInput"/>), in binary
    /// (<see cref="PerfEval.Rules.Engine.ScoringInput.Encode"/>; UTF-8 JSON on rows projected before it) kept beside the form on
    /// every save, so batch re-scoring (impact analysis) never decodes whole forms. Null on rows written before it existed
    /// (filled in the background); readers fall back to <see cref="Content"/> then, and when the bytes were written with
    /// another model.
    /// </summary>
    public byte[]? ScoringInput { get; set; }

    /// <summary>综合得分 as the unit wrote it.</summary>
    public decimal? StatedScore { get; set; }

    /// <summary>评价等次 as the unit wrote it.</summary>
    public string? StatedGrade { get; set; }

    /// <summary>Score computed by the rubric, with the rule set used.</summary>
    public decimal? ScoredTotal { get; set; }

    public string? ScoredGrade { get; set; }

    public string? ScoredRuleSetId { get; set; }

    public int? ScoredRuleSetVersion { get; set; }

    /// <summary>Finance reviewer's score (rescore), beside the self-score.</summary>
    public decimal? ReviewedScore { get; set; }

    /// <summary>评价等次 of <see cref="ReviewedScore"/> under the grade bands of the report's rubric.</summary>
    public string? ReviewedGrade { get; set; }

    public string? ReviewedReason { get; set; }

    /// <summary>The score people see: the finance reviewer's, else the rubric's, else the unit's own.</summary>
    public decimal? ShownScore => ReviewedScore ?? ScoredTotal ?? StatedScore;

    /// <summary>The grade of <see cref="ShownScore"/>: never the grade of another score than the one shown beside it.</summary>
    public string? ShownGrade => ReviewedScore is not null ? ReviewedGrade : ScoredTotal is not null ? ScoredGrade : StatedGrade;

    /// <summary>The indicator-by-indicator review (复核) and the department's annotations.</summary>
    public ReportReview Review { get; set; } = new();

    /// <summary>How many times the report was returned (退回) to an earlier stage.</summary>
    public int ReturnCount { get; set; }

    public int Version { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public string? CreatedBy { get; set; }

    public string? UpdatedBy { get; set; }

    /// <summary>
    /// Takes a workflow step: pins the definition on first use, moves the stage, writes or clears sign-off boxes, records
    /// the reviewer's score, bumps the version, and returns the history row to store with it (one SaveChanges).
    /// </summary>
    /// <param name="step">The step as the runner decided it.</param>
    /// <param name="actor">Who takes it.</param>
    /// <param name="at">When.</param>
    /// <param name="signedOn">The day written on a sign-off (the bureau's calendar day of <paramref name="at"/>).</param>
    /// <param name="seq">The history row's number (1 + the last one).</param>
    /// <exception cref="Infrastructure.ConflictException">The report is not in the stage the step leaves.</exception>
    /// <param name="onBehalfOf">The principal when a delegate acts (代理审批): the signer reads "delegate 代 principal".</param>
    public ReportHistoryEntry ApplyStep(ReportStep step, StepActor actor, DateTimeOffset at, DateOnly signedOn, int seq, StepActor? onBehalfOf = null)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(actor);
        if (Stage != step.From)
        {
            throw new Infrastructure.ConflictException(DomainText.FormatReportApplyStep(ReportStages.Label(Stage), ReportStages.Label(step.From)), Version);
        }

        if (WorkflowDefinitionId is null || WorkflowVersion is null)
        {
            (WorkflowDefinitionId, WorkflowVersion) = (step.DefinitionId, step.DefinitionVersion);
        }

        Stage = step.To;
        if (step.StageChanged)
        {
            StageEnteredAtUtc = at.UtcDateTime;
        }

        if (step.StageChanged && step.From == ReportStages.Draft && (Review.Indicators.Count > 0 || ReviewedScore is not null))
        {
            // Submitted again after a return to Draft: the earlier review is kept but the new submission is reviewed afresh.
            Review = Review.Superseded();
            (ReviewedScore, ReviewedGrade, ReviewedReason) = (null, null, null);
        }

        if (step.SignOff != PerfEval.Workflows.Definitions.SignOffField.None)
        {
            Content = ReportSignOffs.With(Content, step.SignOff, new SignOff { Opinion = step.Comment ?? step.ActionLabel, Signer = SignerName(actor, onBehalfOf), Date = signedOn });
        }

        foreach (var field in step.ClearedSignOffs)
        {
            Content = ReportSignOffs.With(Content, field, new SignOff());
        }

        if (step.IsReturn)
        {
            ReturnCount++;
        }

        if (step.Rescore)
        {
            (ReviewedScore, ReviewedGrade, ReviewedReason) = (step.ReviewedScore, step.ReviewedGrade, step.Comment);
        }

        Version++;
        (UpdatedAtUtc, UpdatedBy) = (at.UtcDateTime, actor.UserName);
        return HistoryEntry(actor, at, seq, step.From, step.To, step.Action, step.ActionLabel, step.Comment,
            step.Rescore ? step.ReviewedScore : null, onBehalfOf);
    }

    /// <summary>"X 代 Y" when a delegate signs for a principal, else the signer's own name.</summary>
    /// <param name="actor">Who signs.</param>
    /// <param name="onBehalfOf">The principal, if the actor is a delegate.</param>
    public static string SignerName(StepActor actor, StepActor? onBehalfOf)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return onBehalfOf is null ? actor.DisplayName : DomainText.FormatReportSignerName(actor.DisplayName, onBehalfOf.DisplayName);
    }

    /// <summary>
    /// Records the finance reviewer's indicator scores (复核): each change must name an indicator of the rubric's score, stay
    /// within what the rubric allows (<paramref name="limits"/>: a 评审判定 indicator's range, a 定性 indicator's chosen band;
    /// otherwise [0, 分值]) and give a reason when it differs from the computed score. The reviewed total is the rubric's total
    /// moved by every reviewed difference, and its grade follows; the history row lists what changed.
    /// </summary>
    /// <param name="changes">
    /// Indicator key → (score, reason, band); a null score withdraws the review of that indicator. The band names a 定性
    /// indicator's band (the score must lie in it); without one, the band holding the score is recorded.
    /// </param>
    /// <param name="computed">The rubric's current indicator rows (key, name, points, self-score, score).</param>
    /// <param name="limits">What the rubric allows per indicator key; an indicator not listed may score 0–分值.</param>
    /// <param name="grade">The 评价等次 of a total under the report's rubric.</param>
    /// <param name="actor">The reviewer.</param>
    /// <param name="at">When.</param>
    /// <param name="seq">The history row's number.</param>
    /// <returns>The history row to store (one SaveChanges with the report).</returns>
    public ReportHistoryEntry ApplyReview(
        IReadOnlyList<(string Key, decimal? Score, string? Reason, string? Band)> changes,
        IReadOnlyList<IndicatorReview> computed,
        IReadOnlyDictionary<string, ReviewLimits> limits,
        Func<decimal, string?> grade,
        StepActor actor,
        DateTimeOffset at,
        int seq)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(computed);
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(grade);
        ArgumentNullException.ThrowIfNull(actor);
        var comment = ChangeReview(changes, (review, i, change) =>
        {
            var (key, score, reason, bandId) = change;
            var field = $"indicators[{i}]";
            var row = computed.FirstOrDefault(c => string.Equals(c.Key, key, StringComparison.Ordinal))
                ?? throw new Infrastructure.BadInputException($"{field}.key", DomainText.FormatReportApplyReview(key));
            var band = score is null ? null : JudgedBand(row, field, score.Value, string.IsNullOrWhiteSpace(bandId) ? null : bandId.Trim(),
                limits.GetValueOrDefault(key) ?? new ReviewLimits(0m, row.Points, []));

            var text = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
            if (score is { } d && d != row.ComputedScore && text is null)
            {
                throw new Infrastructure.BadInputException($"{field}.reason", TextFormat.Fill(DomainText.ReportApplyReview3, row.Name, d, row.ComputedScore));
            }

            var existing = review.FindOrAdd(row);
            var before = existing.ReviewedScore;
            existing.Name = row.Name;
            existing.Points = row.Points;
            existing.SelfScore = row.SelfScore;
            existing.ComputedScore = row.ComputedScore;
            existing.ReviewedScore = score;
            existing.Band = band?.Id;
            existing.Reason = score is null ? null : text;
            existing.ReviewedBy = score is null ? null : actor.DisplayName;
            existing.ReviewedAtUtc = score is null ? null : at.UtcDateTime;
            var was = before is { } b ? $"{b:0.##}" : TextFormat.Fill(DomainText.ReportApplyReview4, row.ComputedScore);
            var now = score is { } n ? $"{n:0.##}{(band is null ? "" : $"（{band.Id}）")}" : TextFormat.Fill(DomainText.ReportApplyReview5, row.ComputedScore);
            return text is null ? $"「{row.Name}」{was} → {now}" : $"「{row.Name}」{was} → {now}：{text}";
        });
        var total = ReviewedTotal(computed);
        (ReviewedScore, ReviewedGrade, ReviewedReason) = total is { } t ? (t, grade(t), ReviewActions.ReviewLabel) : ((decimal?)null, (string?)null, (string?)null);
        Version++;
        (UpdatedAtUtc, UpdatedBy) = (at.UtcDateTime, actor.UserName);
        return ReviewEntry(ReviewActions.Review, ReviewActions.ReviewLabel, comment, actor, at, seq);
    }

    /// <summary>
    /// The reviewed total: the rubric's total (the sum of <paramref name="computed"/>) moved by each reviewed indicator's
    /// difference; <c>null</c> when no indicator is reviewed.
    /// </summary>
    /// <param name="computed">The rubric's current indicator rows.</param>
    public decimal? ReviewedTotal(IReadOnlyList<IndicatorReview> computed)
    {
        ArgumentNullException.ThrowIfNull(computed);
        var reviewed = Review.Indicators.Where(r => r.ReviewedScore is not null).ToList();
        if (reviewed.Count == 0)
        {
            return null;
        }

        var total = ScoredTotal ?? computed.Sum(c => c.ComputedScore);
        foreach (var r in reviewed)
        {
            var now = computed.FirstOrDefault(c => c.Key == r.Key)?.ComputedScore ?? r.ComputedScore;
            total += r.ReviewedScore!.Value - now;
        }

        return Math.Round(Math.Clamp(total, 0m, 100m), 2);
    }

    /// <summary>
    /// Checks a reviewed score against what the rubric allows: within [min, max] (0–分值 unless the rubric's 评审判定 range
    /// is narrower); for a 定性 indicator within the chosen band (or in some band, which is then the one recorded).
    /// </summary>
    /// <returns>The band of a 定性 indicator; <c>null</c> for others.</returns>
    private static ReviewBand? JudgedBand(IndicatorReview row, string field, decimal score, string? bandId, ReviewLimits limits)
    {
        var min = Math.Max(0m, limits.Min);
        var max = Math.Min(row.Points, limits.Max);
        if (bandId is not null && !limits.Qualitative)
        {
            throw new Infrastructure.BadInputException($"{field}.band", DomainText.FormatReportJudgedBand(row.Name));
        }

        if (!limits.Qualitative)
        {
            if (score < min || score > max)
            {
                var rule = min > 0m || max < row.Points ? DomainText.ReportJudgedBand2 : TextFormat.Fill(DomainText.ReportJudgedBand3, row.Points);
                throw new Infrastructure.BadInputException($"{field}.score", TextFormat.Fill(DomainText.ReportJudgedBand4, row.Name, min, max, rule));
            }

            return null;
        }

        var band = bandId is null ? limits.BandOf(score) : limits.Band(bandId)
            ?? throw new Infrastructure.BadInputException($"{field}.band",
                DomainText.FormatReportJudgedBand5(row.Name, bandId, string.Join("、", limits.Bands.Select(b => b.Id))));
        if (band is null || !band.Contains(score) || score < 0m || score > row.Points)
        {
            var ranges = band is null ? string.Join("；", limits.Bands.Select(b => $"{b.Id} {b.RangeText}")) : $"{band.Id} {band.RangeText}";
            throw new Infrastructure.BadInputException($"{field}.score", TextFormat.Fill(DomainText.ReportJudgedBand6, row.Name, score, (bandId is null ? DomainText.ReportJudgedBandAny : DomainText.ReportJudgedBandChosen), ranges));
        }

        return band;
    }

    /// <summary>The department reviewer's notes (批注) on indicators; an empty note removes it. No score changes.</summary>
    /// <param name="notes">Indicator key → note.</param>
    /// <param name="computed">The rubric's current indicator rows (names the indicators).</param>
    /// <param name="actor">The annotator.</param>
    /// <param name="at">When.</param>
    /// <param name="seq">The history row's number.</param>
    public ReportHistoryEntry Annotate(IReadOnlyList<(string Key, string? Note)> notes, IReadOnlyList<IndicatorReview> computed, StepActor actor, DateTimeOffset at, int seq)
    {
        ArgumentNullException.ThrowIfNull(notes);
        ArgumentNullException.ThrowIfNull(computed);
        ArgumentNullException.ThrowIfNull(actor);
        var comment = ChangeReview(notes, (review, i, change) =>
        {
            var (key, note) = change;
            var row = computed.FirstOrDefault(c => string.Equals(c.Key, key, StringComparison.Ordinal))
                ?? throw new Infrastructure.BadInputException($"indicators[{i}].key", DomainText.FormatReportAnnotate(key));
            var text = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
            var existing = review.FindOrAdd(row);
            existing.Annotation = text;
            existing.AnnotatedBy = text is null ? null : actor.DisplayName;
            existing.AnnotatedAtUtc = text is null ? null : at.UtcDateTime;
            return text is null ? DomainText.FormatReportAnnotate2(row.Name) : $"「{row.Name}」：{text}";
        });
        Version++;
        (UpdatedAtUtc, UpdatedBy) = (at.UtcDateTime, actor.UserName);
        return ReviewEntry(ReviewActions.Annotate, ReviewActions.AnnotateLabel, comment, actor, at, seq);
    }

    /// <summary>
    /// Applies <paramref name="change"/> to each indicator on a copy of the review (an error leaves the review as it was),
    /// drops entries with neither score nor note and keeps the copy; the changes' lines joined are the history comment.
    /// </summary>
    private string ChangeReview<T>(IReadOnlyList<T> changes, Func<ReportReview, int, T, string> change)
    {
        var review = Review.Clone();
        var lines = changes.Select((c, i) => change(review, i, c)).ToList();
        review.Indicators.RemoveAll(r => r.ReviewedScore is null && r.Annotation is null);
        Review = review;
        return string.Join("；", lines);
    }

    private ReportHistoryEntry ReviewEntry(string action, string label, string comment, StepActor actor, DateTimeOffset at, int seq) =>
        HistoryEntry(actor, at, seq, Stage, Stage, action, label, comment.Length > 4000 ? comment[..4000] : comment,
            action == ReviewActions.Review ? ReviewedScore : null);

    /// <summary>
    /// The history row of a change just applied (version already bumped): who, when, the move, and the scores and pinned
    /// definition at this moment (the review handlers pin an unpinned report first, so a review row names its definition).
    /// </summary>
    private ReportHistoryEntry HistoryEntry(StepActor actor, DateTimeOffset at, int seq, string from, string to, string action, string label,
        string? comment, decimal? reviewedScore, StepActor? onBehalfOf = null) => new()
    {
        ReportId = Id,
        Seq = seq,
        ActorUserName = actor.UserName,
        ActorDisplayName = actor.DisplayName,
        ActorRole = actor.Role,
        ActorOrgId = actor.OrgId,
        ActorOrgName = actor.OrgName,
        AtUtc = at.UtcDateTime,
        FromStage = from,
        ToStage = to,
        Action = action,
        ActionLabel = label,
        Comment = comment,
        ReviewedScore = reviewedScore,
        OnBehalfOfUserName = onBehalfOf?.UserName,
        OnBehalfOfDisplayName = onBehalfOf?.DisplayName,
        RuleSetScore = ScoredTotal,
        DefinitionId = WorkflowDefinitionId ?? "",
        DefinitionVersion = WorkflowVersion ?? 0,
        ReportVersion = Version,
    };

    /// <summary>Copies the denormalised columns from the document.</summary>
    public void SyncFromContent()
    {
        Title = Content.Basic.ProjectName;
        Year = Content.Basic.Year;
        StatedScore = Content.StatedTotalScore;
        StatedGrade = Content.StatedGrade;
    }
}

/// <summary>History action codes of review steps (not workflow actions: the stage stays).</summary>
public static class ReviewActions
{
    public const string Review = "review";
    public static string ReviewLabel => DomainText.ReviewLabel;
    public const string Annotate = "annotate";
    public static string AnnotateLabel => DomainText.AnnotateLabel;
}

/// <summary>Stage codes of the shipped workflow (definitions may add others).</summary>
public static class ReportStages
{
    public const string Draft = nameof(Draft);
    public const string UnitSignOff = nameof(UnitSignOff);
    public const string DepartmentApproval = nameof(DepartmentApproval);
    public const string FinanceReview = nameof(FinanceReview);
    public const string Accepted = nameof(Accepted);

    /// <summary>The shipped ladder's stages in order (filters list them so).</summary>
    public static readonly IReadOnlyList<string> Ladder = [Draft, UnitSignOff, DepartmentApproval, FinanceReview, Accepted];

    public static string Label(string stage) => stage switch
    {
        Draft => DomainText.ReportLabel,
        UnitSignOff => DomainText.ReportLabel2,
        DepartmentApproval => DomainText.ReportLabel3,
        FinanceReview => DomainText.ReportLabel4,
        Accepted => DomainText.ReportLabel5,
        _ => stage,
    };
}
