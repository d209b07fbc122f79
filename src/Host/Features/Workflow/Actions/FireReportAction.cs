using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PerfEval.Host.Data;
using PerfEval.Host.Domain;
using PerfEval.Host.Features.Reports;
using PerfEval.Host.Features.Rounds;
using PerfEval.Host.Features.Workflow.Submission;
using PerfEval.Host.Identity;
using PerfEval.Host.Infrastructure;
using PerfEval.Workflows.Definitions;
using PerfEval.Workflows.Runtime;

namespace PerfEval.Host.Features.Workflow.Actions;

/// <summary>
/// Fires one workflow action on a report. All effects (stage, sign-off box, reviewed score, history row, version)
/// are saved in one SaveChanges guarded by the report's version; on any refusal nothing is written.
/// </summary>
public sealed record FireReportAction(UserContext User, Guid ReportId, string Action, string? Comment, decimal? Score, int? ExpectedVersion)
    : ICommand<ActionOutcome>;

/// <summary>What a fired action did.</summary>
public sealed record ActionOutcome(Guid ReportId, string Action, string FromStage, string ToStage, string ToStageLabel, int Version, int HistorySeq);

public sealed class FireReportActionValidator : AbstractValidator<FireReportAction>
{
    public FireReportActionValidator()
    {
        RuleFor(c => c.Action).NotEmpty().MaximumLength(64);
        RuleFor(c => c.Comment).MaximumLength(4000).WithMessage("意见不能超过 4000 字。");
        RuleFor(c => c.ExpectedVersion).GreaterThan(0).When(c => c.ExpectedVersion is not null).WithMessage("版本号必须大于 0。");
    }
}

public sealed class FireReportActionHandler(
    PerfEvalDbContext db,
    ReportAccess access,
    WorkflowCatalog catalog,
    ReportParticipants participants,
    ISubmissionGate gate,
    IRoundGate rounds,
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
        if (command.ExpectedVersion is { } expected)
        {
            ReportAccess.EnsureVersion(report, expected);
        }

        var definition = await catalog.ForReportAsync(report, cancellationToken);
        var context = await participants.ContextAsync(report, user, cancellationToken);
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
        var move = new ReportStep(
            step.Code, step.Label, result.From, result.To, step.SignOff,
            result.StageChanged && result.To == definition.StartStage ? LadderSignOffs(definition) : [],
            comment, step.Rescore, reviewed,
            reviewed is { } score ? await scoreRecorder.GradeAsync(report, score, cancellationToken) : null,
            definition.Id, definition.Version);
        var now = clock.GetUtcNow();
        var seq = await db.ReportHistory.Where(h => h.ReportId == report.Id).Select(h => (int?)h.Seq).MaxAsync(cancellationToken) ?? 0;
        var entry = report.ApplyStep(move, new StepActor(user.UserName, user.DisplayName, user.Role, user.OrgId, user.OrgName), now, calendar.DateOf(now), seq + 1);
        db.ReportHistory.Add(entry);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || e.IsUniqueViolation())
        {
            // Someone acted on the report between our read and our write: their step stands, ours is not written.
            throw new ConflictException("报告已被他人同时办理，您的操作未生效。请刷新后查看最新状态。");
        }

        await publisher.Publish(
            new ReportStageChanged(report.Id, report.OrgId, report.RoundId, entry.DefinitionId, entry.DefinitionVersion, result.From, result.To,
                step.Code, user.UserName, user.Role, comment, entry.AtUtc, report.Version),
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
