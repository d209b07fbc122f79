using PerfEval.Host.Features.Scoring;

namespace PerfEval.Host.Features.Reports.Create;

/// <summary>
/// Creates a draft report in the caller's organisation (or, for a finance admin, any visible one). The unit, department
/// and finance sign-off boxes belong to the workflow: what the body puts in them is ignored (a new draft has none).
/// </summary>
public sealed record CreateReport(UserContext User, ReportKind Kind, Guid? OrgId, Guid? RoundId, ReportDocument Content) : ICommand<ReportDetail>;

public sealed class CreateReportValidator : AbstractValidator<CreateReport>
{
    public CreateReportValidator()
    {
        RuleFor(c => c.Kind).IsInEnum();
        RuleFor(c => c.Content).NotNull().WithMessage(ReportsText.CreateReportValidator).SetValidator(new ReportDocumentValidator()).SetValidator(new ReportDatesValidator());
        RuleFor(c => c.Content.Department).NotNull().WithMessage(ReportsText.CreateReportValidator2)
            .When(c => c.Kind == ReportKind.Department && c.Content is not null);
    }
}

public sealed class CreateReportHandler(PerfEvalDbContext db, OrgScope scope, TimeProvider clock, ReportScoring scoring) : ICommandHandler<CreateReport, ReportDetail>
{
    public async ValueTask<ReportDetail> Handle(CreateReport command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var user = command.User;
        var orgId = command.OrgId ?? user.OrgId;
        if (!await scope.CanSeeAsync(user, orgId, cancellationToken))
        {
            throw new NotFoundException(ReportsText.FormatCreateReportHandle(orgId));
        }

        if (!ReportAccess.MayWrite(user, orgId, command.Kind))
        {
            throw new ForbiddenException(ReportsText.FormatCreateReportHandle2(user.RoleLabel));
        }

        if (command.RoundId is { } roundId)
        {
            var round = await db.Rounds.FindAsync([roundId], cancellationToken)
                ?? throw new BadInputException("roundId", ReportsText.FormatCreateReportHandle3(roundId));
            // A report joins only a round that asks for it: the round's kind, and its unit among the round's targets.
            // Otherwise anyone knowing a round's id could attach a report to it (and so see the round).
            if (round.Kind != command.Kind)
            {
                throw new BadInputException("roundId", ReportsText.FormatCreateReportHandle4(round.Name, Export.ExportFormat.KindLabel(round.Kind), Export.ExportFormat.KindLabel(command.Kind)));
            }

            if (!await db.RoundTargets.AnyAsync(t => t.RoundId == roundId && t.OrgId == orgId, cancellationToken))
            {
                throw new BadInputException("roundId", ReportsText.FormatCreateReportHandle5(round.Name));
            }

            if (round.Status == RoundStatus.Closed)
            {
                throw new ConflictException(ReportsText.FormatCreateReportHandle6(round.Name));
            }
        }

        var content = command.Content;
        WorkflowSignOffs.KeepFrom(new ReportDocument(), content);
        // Everything that can fail runs before the write: a request either answers with its result or writes nothing.
        var findings = await scoring.CheckAsync(content, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var report = new Report
        {
            Kind = command.Kind,
            OrgId = orgId,
            RoundId = command.RoundId,
            Content = content,
            Stage = ReportStages.Draft,
            StageEnteredAtUtc = now,
            Version = 1,
            CreatedAtUtc = now,
            UpdatedAtUtc = now,
            CreatedBy = user.UserName,
            UpdatedBy = user.UserName,
        };
        report.SyncFromContent();
        db.Reports.Add(report);
        await db.SaveChangesAsync(cancellationToken);
        await db.Entry(report).Reference(r => r.Org).LoadAsync(cancellationToken);
        await db.Entry(report).Reference(r => r.Round).LoadAsync(cancellationToken);
        // Run on every save: the preparer sees warnings and errors at once; errors block only submission.
        return ReportDetail.From(report, findings);
    }
}
