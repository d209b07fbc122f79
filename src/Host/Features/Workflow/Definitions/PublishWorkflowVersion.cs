using FluentValidation.Results;

namespace PerfEval.Host.Features.Workflow.Definitions;

/// <summary>
/// Stores a new version of a definition (FinanceAdmin only). The JSON is validated and refused with every reason;
/// the version number is assigned (latest + 1). Reports already running stay on the version they are pinned to.
/// Publishing needs a change note (<see cref="Note"/>); a draft may carry one too. The audit records the version as
/// <c>created</c> (designer) or <c>imported</c> (<see cref="Imported"/>: a JSON definition posted to the API or loaded
/// into the designer), then <c>published</c> with the note. With <see cref="ReplacesDraft"/> (the designer saving the draft it
/// is editing) that draft is replaced instead, keeping its number (<c>updated</c>); a version no longer a draft is refused (409).
/// </summary>
[AuthorizeRoles(Roles.FinanceAdmin)]
public sealed record PublishWorkflowVersion(UserContext User, string Id, JsonElement Definition, bool Publish, string? Note = null, bool Imported = false,
    int? ReplacesDraft = null)
    : ICommand<WorkflowVersionInfo>, IUserMessage;

public sealed class PublishWorkflowVersionValidator : AbstractValidator<PublishWorkflowVersion>
{
    public PublishWorkflowVersionValidator()
    {
        RuleFor(c => c.Note).NotEmpty().When(c => c.Publish).WithName("note").WithMessage(WorkflowVersionText.NoteRequired);
        RuleFor(c => c.Note).MaximumLength(WorkflowVersionText.NoteMaxLength).WithName("note").WithMessage(WorkflowVersionText.NoteTooLong);
    }
}

public sealed class PublishWorkflowVersionHandler(PerfEvalDbContext db, TimeProvider clock) : ICommandHandler<PublishWorkflowVersion, WorkflowVersionInfo>
{
    /// <summary>The report kinds a definition may run.</summary>
    internal static readonly string[] KnownKinds = ["project", "department"];

    public async ValueTask<WorkflowVersionInfo> Handle(PublishWorkflowVersion command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);

        if (command.Definition.ValueKind != JsonValueKind.Object)
        {
            throw new BadInputException("$", WorkflowMessageText.PublishWorkflowVersionHandle);
        }

        WorkflowDefinition definition;
        try
        {
            definition = WorkflowDefinitionJson.Parse(command.Definition.GetRawText());
        }
        catch (WorkflowDefinitionException e)
        {
            throw Invalid(e.Errors);
        }

        if (string.IsNullOrEmpty(definition.Id))
        {
            definition.Id = command.Id;
        }
        else if (!string.Equals(definition.Id, command.Id, StringComparison.Ordinal))
        {
            throw new BadInputException("id", WorkflowMessageText.FormatPublishWorkflowVersionHandle2(definition.Id, command.Id));
        }

        var draft = command.ReplacesDraft is { } replaced
            ? await db.WorkflowDefinitions.SingleOrDefaultAsync(d => d.DefinitionId == command.Id && d.Version == replaced, cancellationToken)
              ?? throw new NotFoundException(WorkflowVersionText.FormatNotFound(command.Id, replaced))
            : null;
        definition.Version = draft?.Version
            ?? (await db.WorkflowDefinitions.Where(d => d.DefinitionId == command.Id).Select(d => (int?)d.Version).MaxAsync(cancellationToken) ?? 0) + 1;
        var errors = WorkflowDefinitionValidator.Validate(definition, Routing.RulesRouteConditionChecker.Instance).ToList();
        if (!string.IsNullOrEmpty(definition.ReportKind) && !KnownKinds.Contains(definition.ReportKind))
        {
            errors.Add(new DefinitionError("reportKind", WorkflowMessageText.FormatPublishWorkflowVersionHandle3(definition.ReportKind)));
        }

        if (errors.Count > 0)
        {
            throw Invalid(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (draft is not null)
        {
            draft.ReplaceDraft(definition.Name, definition.ReportKind, WorkflowDefinitionJson.Serialize(definition), command.User.UserName, now);
            WorkflowAuditLog.Add(db, draft.DefinitionId, draft.Version, WorkflowDefinitionAudit.Updated, command.User, now, command.Publish ? null : command.Note);
            return await SaveAsync(draft, command, now, cancellationToken);
        }

        var row = new WorkflowDefinitionVersion
        {
            DefinitionId = definition.Id,
            Version = definition.Version,
            Name = definition.Name,
            ReportKind = definition.ReportKind,
            Json = WorkflowDefinitionJson.Serialize(definition),
            Status = DefinitionStatus.Draft,
            CreatedAtUtc = now,
            CreatedBy = command.User.UserName,
        };
        db.WorkflowDefinitions.Add(row);
        WorkflowAuditLog.Add(db, row.DefinitionId, row.Version, command.Imported ? WorkflowDefinitionAudit.Imported : WorkflowDefinitionAudit.Created,
            command.User, now, command.Publish ? null : command.Note);
        return await SaveAsync(row, command, now, cancellationToken);
    }

    /// <summary>Publishes the stored or replaced version when asked, and saves it with its audit in one transaction.</summary>
    private async Task<WorkflowVersionInfo> SaveAsync(WorkflowDefinitionVersion row, PublishWorkflowVersion command, DateTime now, CancellationToken cancellationToken)
    {
        if (command.Publish)
        {
            row.Publish(command.Note!, command.User.UserName, now);
            WorkflowAuditLog.Add(db, row.DefinitionId, row.Version, WorkflowDefinitionAudit.Published, command.User, now, row.ChangeNote);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            throw new ConflictException(WorkflowMessageText.FormatPublishWorkflowVersionHandle4(command.Id, row.Version));
        }

        return WorkflowVersionInfo.From(row);
    }

    private static ValidationException Invalid(IEnumerable<DefinitionError> errors)
        => new(WorkflowMessageText.PublishWorkflowVersionInvalid, errors.Select(e => new ValidationFailure(e.Path, e.Message)));
}
