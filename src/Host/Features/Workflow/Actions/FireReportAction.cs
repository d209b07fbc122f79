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
using PerfEval.Rules.Model;
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

        // The history row below records the rubric score at this moment.
        await scoreRecorder.RecordAsync(report, submitting, cancellationToken);

        var now = clock.GetUtcNow();
        WorkflowCatalog.Pin(report, definition);
        report.Stage = result.To;
        if (result.StageChanged)
        {
            report.StageEnteredAtUtc = now.UtcDateTime;
        }

        var comment = result.Input.Comment is { Length: > 0 } c ? c : null;
        if (step.SignOff != SignOffField.None)
        {
            report.Content = WithSignOff(report.Content, step.SignOff, new SignOff
            {
                Opinion = comment ?? step.Label,
                Signer = user.DisplayName,
                // A sign-off date is a day of the bureau's calendar, whatever the server's zone.
                Date = calendar.DateOf(now),
            });
        }

        if (result.StageChanged && result.To == definition.StartStage)
        {
            // Back to the draft: earlier sign-offs no longer hold (the history keeps them); the ladder signs again.
            report.Content = WithoutSignOffs(report.Content, definition);
        }

        if (step.Rescore)
        {
            report.ReviewedScore = result.Input.Score;
            report.ReviewedGrade = result.Input.Score is { } reviewed ? await scoreRecorder.GradeAsync(report, reviewed, cancellationToken) : null;
            report.ReviewedReason = comment;
        }

        report.Version++;
        report.UpdatedAtUtc = now.UtcDateTime;
        report.UpdatedBy = user.UserName;
        var seq = await db.ReportHistory.Where(h => h.ReportId == report.Id).Select(h => (int?)h.Seq).MaxAsync(cancellationToken) ?? 0;
        var entry = new ReportHistoryEntry
        {
            ReportId = report.Id,
            Seq = seq + 1,
            ActorUserName = user.UserName,
            ActorDisplayName = user.DisplayName,
            ActorRole = user.Role,
            ActorOrgId = user.OrgId,
            ActorOrgName = user.OrgName,
            AtUtc = now.UtcDateTime,
            FromStage = result.From,
            ToStage = result.To,
            Action = step.Code,
            ActionLabel = step.Label,
            Comment = comment,
            ReviewedScore = step.Rescore ? result.Input.Score : null,
            RuleSetScore = report.ScoredTotal,
            DefinitionId = report.WorkflowDefinitionId!,
            DefinitionVersion = report.WorkflowVersion!.Value,
            ReportVersion = report.Version,
        };
        db.ReportHistory.Add(entry);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || IsUniqueViolation(e))
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

    /// <summary>A copy of the document with one sign-off box replaced: a new value, so EF sees the JSON column change.</summary>
    private static ReportDocument WithSignOff(ReportDocument content, SignOffField field, SignOff signOff)
    {
        var copy = Copy(content);
        switch (field)
        {
            case SignOffField.Unit:
                copy.SignOffs.Unit = signOff;
                break;
            case SignOffField.Department:
                copy.SignOffs.Department = signOff;
                break;
            case SignOffField.Finance:
                copy.SignOffs.Finance = signOff;
                break;
        }

        return copy;
    }

    private static ReportDocument WithoutSignOffs(ReportDocument content, WorkflowDefinition definition)
    {
        var copy = Copy(content);
        foreach (var field in definition.Stages.SelectMany(s => s.Actions).Select(a => a.SignOff).Distinct())
        {
            switch (field)
            {
                case SignOffField.Unit:
                    copy.SignOffs.Unit = new SignOff();
                    break;
                case SignOffField.Department:
                    copy.SignOffs.Department = new SignOff();
                    break;
                case SignOffField.Finance:
                    copy.SignOffs.Finance = new SignOff();
                    break;
            }
        }

        return copy;
    }

    private static ReportDocument Copy(ReportDocument content)
        => System.Text.Json.JsonSerializer.Deserialize<ReportDocument>(
            System.Text.Json.JsonSerializer.Serialize(content, JsonDefaults.Options), JsonDefaults.Options)!;

    private static bool IsUniqueViolation(DbUpdateException e)
        => e.InnerException?.Message.Contains("UNIQUE", StringComparison.OrdinalIgnoreCase) == true
            || e.InnerException?.GetType().Name == "PostgresException" && e.InnerException.Message.Contains("23505", StringComparison.Ordinal);
}
