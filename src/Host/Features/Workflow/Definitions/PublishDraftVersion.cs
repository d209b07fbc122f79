namespace PerfEval.Host.Features.Workflow.Definitions;

/// <summary>
/// Publishes a stored draft version (FinanceAdmin only) with its change note; its JSON was validated when it was stored and is
/// checked again. A published or retired version is refused (409). The audit records <c>published</c> with the note.
/// </summary>
[AuthorizeRoles(Roles.FinanceAdmin)]
public sealed record PublishDraftVersion(UserContext User, string Id, int Version, string? Note) : ICommand<WorkflowVersionInfo>, IUserMessage;

public sealed class PublishDraftVersionValidator : AbstractValidator<PublishDraftVersion>
{
    public PublishDraftVersionValidator() => RuleFor(c => c.Note).NotEmpty().WithName("note").WithMessage(WorkflowVersionText.NoteRequired)
        .MaximumLength(WorkflowVersionText.NoteMaxLength).WithMessage(WorkflowVersionText.NoteTooLong);
}

public sealed class PublishDraftVersionHandler(PerfEvalDbContext db, TimeProvider clock) : ICommandHandler<PublishDraftVersion, WorkflowVersionInfo>
{
    public async ValueTask<WorkflowVersionInfo> Handle(PublishDraftVersion command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);

        var row = await db.WorkflowDefinitions.SingleOrDefaultAsync(d => d.DefinitionId == command.Id && d.Version == command.Version, cancellationToken)
            ?? throw new NotFoundException(WorkflowVersionText.FormatNotFound(command.Id, command.Version));

        // Checked again: the condition vocabulary may have narrowed since the draft was stored.
        var errors = WorkflowDefinitionValidator.Validate(WorkflowCatalog.Parse(row), Routing.RulesRouteConditionChecker.Instance);
        if (errors.Count > 0)
        {
            throw new FluentValidation.ValidationException(WorkflowMessageText.PublishDraftVersionHandle3, errors.Select(e => new FluentValidation.Results.ValidationFailure(e.Path, e.Message)));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        row.Publish(command.Note!, command.User.UserName, now);
        WorkflowAuditLog.Add(db, row.DefinitionId, row.Version, WorkflowDefinitionAudit.Published, command.User, now, row.ChangeNote);
        await db.SaveChangesAsync(cancellationToken);
        return WorkflowVersionInfo.From(row);
    }
}
