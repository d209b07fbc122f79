using PerfEval.Host.Features.Rounds;
using PerfEval.Host.Features.Workflow.Submission;
using PerfEval.Workflows.Runtime;

namespace PerfEval.Host.Features.Workflow.Actions;

/// <summary>
/// Fires one workflow action on a report. All effects (stage, sign-off box, reviewed score, history row, version)
/// are saved in one SaveChanges guarded by the report's version; on any refusal nothing is written.
/// </summary>
/// <param name="User">The actor.</param>
/// <param name="ReportId">The report.</param>
/// <param name="Action">Action code, e.g. <c>approve</c>.</param>
/// <param name="Comment">The opinion (意见).</param>
/// <param name="Score">The reviewed score, for <c>rescore</c>.</param>
/// <param name="ExpectedVersion">The report version the caller saw (optional).</param>
/// <param name="OnBehalfOf">For a delegate (代理审批): the login of the principal whose approval this is; the step reads "X 代 Y".</param>
public sealed record FireReportAction(UserContext User, Guid ReportId, string Action, string? Comment, decimal? Score, int? ExpectedVersion, string? OnBehalfOf = null)
    : ICommand<ActionOutcome>;

/// <summary>What a fired action did.</summary>
public sealed record ActionOutcome(Guid ReportId, string Action, string FromStage, string ToStage, string ToStageLabel, int Version, int HistorySeq);

public sealed class FireReportActionValidator : AbstractValidator<FireReportAction>
{
    public FireReportActionValidator()
    {
        RuleFor(c => c.Action).NotEmpty().MaximumLength(64);
        RuleFor(c => c.Comment).MaximumLength(4000).WithMessage(WorkflowMessageText.FireReportActionValidator);
        RuleFor(c => c.OnBehalfOf).MaximumLength(256);
        RuleFor(c => c.ExpectedVersion).GreaterThan(0).When(c => c.ExpectedVersion is not null).WithMessage(WorkflowMessageText.FireReportActionValidator2);
    }
}

public sealed class FireReportActionHandler(
    PerfEvalDbContext db,
    ReportAccess access,
    WorkflowCatalog catalog,
    ReportParticipants participants,
    ISubmissionGate gate,
    IRoundGate rounds,
    Delegations.DelegationLookup delegations,
    IStepScoreRecorder scoreRecorder,
    IPublisher publisher,
    BureauCalendar calendar,
    TimeProvider clock) : ICommandHandler<FireReportAction, ActionOutcome>
{
    public async ValueTask<ActionOutcome> Handle(FireReportAction command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var user = command.User;
        var report = await access.GetVisibleAsync(user, command.ReportId, cancellationToken, track: true);
        // A delegate acts with the principal's role (same organisation); the history and sign-off name both.
        var principal = string.IsNullOrWhiteSpace(command.OnBehalfOf) ? null : await delegations.PrincipalAsync(user, command.OnBehalfOf, cancellationToken);
        var acting = principal ?? user;
        if (command.ExpectedVersion is { } expected)
        {
            ReportAccess.EnsureVersion(report, expected);
        }

        var definition = await catalog.ForReportAsync(report, cancellationToken);
        var context = await participants.ContextAsync(report, acting, cancellationToken, definition);
        var result = await WorkflowRunner.FireAsync(definition, context, command.Action, command.Comment, command.Score);
        ThrowIfRefused(result, report);
        var step = result.Definition!;
        var submitting = result.StageChanged && result.From == definition.StartStage;
        if (submitting)
        {
            await rounds.EnsureAcceptsSubmissionAsync(report.RoundId, cancellationToken);
            var errors = await gate.GetBlockingErrorsAsync(report, cancellationToken);
            if (errors.Count > 0)
            {
                throw new SubmissionBlockedException(errors, report.Version);
            }
        }

        // The history row records the rubric score at this moment.
        await scoreRecorder.RecordAsync(report, submitting, cancellationToken);
        var comment = result.Input.Comment is { Length: > 0 } c ? c : null;
        var reviewed = step.Rescore ? result.Input.Score : null;
        if (reviewed is { } total && report.Review.Indicators.Any(r => r.ReviewedScore is not null) && total != report.ReviewedScore)
        {
            // The indicator review is the truth: a single-number rescore may only confirm its sum.
            throw new BadInputException("score", TextFormat.Fill(WorkflowMessageText.FireReportActionHandle, report.ReviewedScore));
        }

        var ladder = definition.Stages.Select(s => s.Code).ToList();
        var move = new ReportStep(
            step.Code, step.Label, result.From, result.To, step.SignOff,
            result.StageChanged && result.To == definition.StartStage ? LadderSignOffs(definition) : [],
            comment, step.Rescore, reviewed,
            reviewed is { } score ? await scoreRecorder.GradeAsync(report, score, cancellationToken) : null,
            definition.Id, definition.Version)
        {
            IsReturn = result.StageChanged && (step.Code == ActionCodes.Return || ladder.IndexOf(result.To) < ladder.IndexOf(result.From)),
        };
        var now = clock.GetUtcNow();
        var seq = await db.ReportHistory.Where(h => h.ReportId == report.Id).Select(h => (int?)h.Seq).MaxAsync(cancellationToken) ?? 0;
        var onBehalfOf = principal is null ? null : new StepActor(principal.UserName, principal.DisplayName, principal.Role, principal.OrgId, principal.OrgName);
        var entry = report.ApplyStep(
            move, new StepActor(user.UserName, user.DisplayName, acting.Role, user.OrgId, user.OrgName), now, calendar.DateOf(now), seq + 1, onBehalfOf);
        db.ReportHistory.Add(entry);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || e.IsUniqueViolation())
        {
            // Someone acted on the report between our read and our write: their step stands, ours is not written.
            throw new ConflictException(WorkflowMessageText.FireReportActionHandle2);
        }

        await publisher.Publish(
            new ReportStageChanged(report.Id, report.OrgId, report.RoundId, entry.DefinitionId, entry.DefinitionVersion, result.From, result.To,
                step.Code, user.UserName, acting.Role, comment, entry.AtUtc, report.Version)
            {
                IsReturn = move.IsReturn,
                ActorName = Report.SignerName(new StepActor(user.UserName, user.DisplayName, acting.Role, user.OrgId, user.OrgName), onBehalfOf),
                ActorOrgName = user.OrgName,
                Title = report.Title,
            },
            cancellationToken);
        return new ActionOutcome(report.Id, step.Code, result.From, result.To, definition.FindStage(result.To)?.Label ?? result.To, report.Version, entry.Seq);
    }

    private static void ThrowIfRefused(TransitionResult result, Report report)
    {
        var reasons = string.Join("；", result.Reasons);
        switch (result.Refusal)
        {
            case RefusalKind.None:
                return;
            case RefusalKind.NotAvailable:
                throw new ConflictException(reasons, report.Version);
            case RefusalKind.Forbidden:
                throw new ForbiddenException(reasons);
            case RefusalKind.InvalidInput:
                throw new ValidationException(result.Reasons.Select((r, i) => new FluentValidation.Results.ValidationFailure(
                    i < result.InvalidFields.Count ? result.InvalidFields[i] : "comment", r)));
            default:
                throw new InvalidOperationException($"Unknown refusal {result.Refusal}.");
        }
    }

    /// <summary>The sign-off boxes the definition's ladder writes: a return to the start clears them (the ladder signs again; the history keeps them).</summary>
    private static SignOffField[] LadderSignOffs(WorkflowDefinition definition) =>
        [.. definition.Stages.SelectMany(s => s.Actions).Select(a => a.SignOff).Where(f => f != SignOffField.None).Distinct()];
}
