using PerfEval.Host.Features.Scoring;

namespace PerfEval.Host.Features.Reports.Update;

/// <summary>
/// Replaces the form of a draft report. <paramref name="ExpectedVersion"/> must be the stored version (else 409, nothing written).
/// The sign-off opinions of the unit, department and finance bureau belong to the workflow and are kept as stored.
/// </summary>
public sealed record UpdateReport(UserContext User, Guid Id, int ExpectedVersion, ReportDocument Content) : ICommand<ReportDetail>;

public sealed class UpdateReportValidator : AbstractValidator<UpdateReport>
{
    public UpdateReportValidator()
    {
        RuleFor(c => c.ExpectedVersion).GreaterThan(0).WithMessage(ReportsText.UpdateReportValidator);
        RuleFor(c => c.Content).NotNull().WithMessage(ReportsText.UpdateReportValidator2).SetValidator(new ReportDocumentValidator()).SetValidator(new ReportDatesValidator());
    }
}

public sealed class UpdateReportHandler(PerfEvalDbContext db, ReportAccess access, TimeProvider clock, ReportScoring scoring) : ICommandHandler<UpdateReport, ReportDetail>
{
    public async ValueTask<ReportDetail> Handle(UpdateReport command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var report = await access.GetVisibleAsync(command.User, command.Id, cancellationToken, track: true);
        ReportAccess.EnsureCanEdit(command.User, report);
        ReportAccess.EnsureVersion(report, command.ExpectedVersion);
        if (report.Kind == ReportKind.Department && command.Content.Department is null)
        {
            throw new BadInputException("content.department", ReportsText.UpdateReportHandle);
        }

        var content = command.Content;
        WorkflowSignOffs.KeepFrom(report.Content, content);
        // Everything that can fail runs before the write: a request either answers with its result or writes nothing.
        var findings = await scoring.CheckAsync(content, cancellationToken);
        report.Content = content;
        report.SyncFromContent();
        report.Version++;
        report.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        report.UpdatedBy = command.User.UserName;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException(ReportsText.UpdateReportHandle2);
        }

        // Run on every save: the preparer sees warnings and errors at once; errors block only submission.
        return ReportDetail.From(report, findings);
    }
}
