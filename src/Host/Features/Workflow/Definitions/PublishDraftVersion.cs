using Mediator;
using Microsoft.EntityFrameworkCore;
using PerfEval.Host.Data;
using PerfEval.Host.Domain;
using PerfEval.Host.Identity;
using PerfEval.Host.Infrastructure;
using PerfEval.Workflows.Definitions;

namespace PerfEval.Host.Features.Workflow.Definitions;

/// <summary>Publishes a stored draft version (FinanceAdmin only); its JSON was validated when it was stored.</summary>
[AuthorizeRoles(Roles.FinanceAdmin)]
public sealed record PublishDraftVersion(UserContext User, string Id, int Version) : ICommand<WorkflowVersionInfo>, IUserMessage;

public sealed class PublishDraftVersionHandler(PerfEvalDbContext db) : ICommandHandler<PublishDraftVersion, WorkflowVersionInfo>
{
    public async ValueTask<WorkflowVersionInfo> Handle(PublishDraftVersion command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);

        var row = await db.WorkflowDefinitions.SingleOrDefaultAsync(d => d.DefinitionId == command.Id && d.Version == command.Version, cancellationToken)
            ?? throw new NotFoundException(WorkflowMessageText.PublishDraftVersionHandle(command.Id, command.Version));
        if (row.Status == DefinitionStatus.Published)
        {
            throw new ConflictException(WorkflowMessageText.PublishDraftVersionHandle2(command.Id, command.Version));
        }

        // Checked again: the condition vocabulary may have narrowed since the draft was stored.
        var errors = WorkflowDefinitionValidator.Validate(WorkflowCatalog.Parse(row), Routing.RulesRouteConditionChecker.Instance);
        if (errors.Count > 0)
        {
            throw new FluentValidation.ValidationException(WorkflowMessageText.PublishDraftVersionHandle3, errors.Select(e => new FluentValidation.Results.ValidationFailure(e.Path, e.Message)));
        }

        row.Status = DefinitionStatus.Published;
        await db.SaveChangesAsync(cancellationToken);
        return new WorkflowVersionInfo(row.Version, row.Name, row.Status, row.CreatedAtUtc, row.CreatedBy);
    }
}
