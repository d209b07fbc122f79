using PerfEval.Rules.Model;

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
    /// The parts of <see cref="Content"/> scoring reads (<see cref="PerfEval.Rules.Engine.ScoringInput"/>), as compact UTF-8
    /// JSON kept beside the form on every save, so batch re-scoring (impact analysis) never decodes whole forms (and reads
    /// bytes the JSON reader takes as they are). Null on rows written before it existed (filled in the background; readers
    /// fall back to <see cref="Content"/>).
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
    public ReportHistoryEntry ApplyStep(ReportStep step, StepActor actor, DateTimeOffset at, DateOnly signedOn, int seq)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(actor);
        if (Stage != step.From)
        {
            throw new Infrastructure.ConflictException($"报告当前处于「{ReportStages.Label(Stage)}」，不能从「{ReportStages.Label(step.From)}」办理。", Version);
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

        if (step.SignOff != PerfEval.Workflows.Definitions.SignOffField.None)
        {
            Content = ReportSignOffs.With(Content, step.SignOff, new SignOff { Opinion = step.Comment ?? step.ActionLabel, Signer = actor.DisplayName, Date = signedOn });
        }

        foreach (var field in step.ClearedSignOffs)
        {
            Content = ReportSignOffs.With(Content, field, new SignOff());
        }

        if (step.Rescore)
        {
            (ReviewedScore, ReviewedGrade, ReviewedReason) = (step.ReviewedScore, step.ReviewedGrade, step.Comment);
        }

        Version++;
        (UpdatedAtUtc, UpdatedBy) = (at.UtcDateTime, actor.UserName);
        return new ReportHistoryEntry
        {
            ReportId = Id,
            Seq = seq,
            ActorUserName = actor.UserName,
            ActorDisplayName = actor.DisplayName,
            ActorRole = actor.Role,
            ActorOrgId = actor.OrgId,
            ActorOrgName = actor.OrgName,
            AtUtc = at.UtcDateTime,
            FromStage = step.From,
            ToStage = step.To,
            Action = step.Action,
            ActionLabel = step.ActionLabel,
            Comment = step.Comment,
            ReviewedScore = step.Rescore ? step.ReviewedScore : null,
            RuleSetScore = ScoredTotal,
            DefinitionId = WorkflowDefinitionId!,
            DefinitionVersion = WorkflowVersion!.Value,
            ReportVersion = Version,
        };
    }

    /// <summary>Copies the denormalised columns from the document.</summary>
    public void SyncFromContent()
    {
        Title = Content.Basic.ProjectName;
        Year = Content.Basic.Year;
        StatedScore = Content.StatedTotalScore;
        StatedGrade = Content.StatedGrade;
    }
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
        Draft => "起草",
        UnitSignOff => "单位签署",
        DepartmentApproval => "主管部门审批",
        FinanceReview => "财政局审核",
        Accepted => "已通过",
        _ => stage,
    };
}
