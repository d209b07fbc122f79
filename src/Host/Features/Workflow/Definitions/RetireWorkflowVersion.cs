namespace PerfEval.Host.Features.Workflow.Definitions;

/// <summary>
/// Retires a published version (FinanceAdmin): new reports no longer start on it, reports pinned to it finish on it.
/// Refused (409) when it is the last published version for its report kind: new reports would have no ladder.
/// The optional <see cref="Note"/> (why) goes to the audit with the retirement. Rounds pinned to it keep starting reports on it.
/// </summary>
[AuthorizeRoles(Roles.FinanceAdmin)]
public sealed record RetireWorkflowVersion(UserContext User, string Id, int Version, string? Note = null) : ICommand<WorkflowVersionInfo>, IUserMessage;

public sealed class RetireWorkflowVersionValidator : AbstractValidator<RetireWorkflowVersion>
{
    public RetireWorkflowVersionValidator() => RuleFor(c => c.Note).MaximumLength(WorkflowVersionText.NoteMaxLength).WithName("note").WithMessage(WorkflowVersionText.NoteTooLong);
}

public sealed class RetireWorkflowVersionHandler(PerfEvalDbContext db, TimeProvider clock) : ICommandHandler<RetireWorkflowVersion, WorkflowVersionInfo>
{
    public async ValueTask<WorkflowVersionInfo> Handle(RetireWorkflowVersion command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var row = await db.WorkflowDefinitions.SingleOrDefaultAsync(d => d.DefinitionId == command.Id && d.Version == command.Version, cancellationToken)
            ?? throw new NotFoundException(WorkflowMessageText.FormatRetireWorkflowVersionHandle(command.Id, command.Version));
        var others = await db.WorkflowDefinitions.AnyAsync(
            d => d.ReportKind == row.ReportKind && d.Status == DefinitionStatus.Published && !(d.DefinitionId == row.DefinitionId && d.Version == row.Version),
            cancellationToken);
        if (!others && row.Status == DefinitionStatus.Published)
        {
            throw new ConflictException(WorkflowMessageText.FormatRetireWorkflowVersionHandle2(command.Id, command.Version));
        }

        row.Retire();
        WorkflowAuditLog.Add(db, row.DefinitionId, row.Version, WorkflowDefinitionAudit.Retired, command.User, clock.GetUtcNow().UtcDateTime, command.Note);
        await db.SaveChangesAsync(cancellationToken);
        return WorkflowVersionInfo.From(row);
    }
}
