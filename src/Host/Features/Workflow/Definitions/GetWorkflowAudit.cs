namespace PerfEval.Host.Features.Workflow.Definitions;

/// <summary>
/// The version history of a workflow definition (FinanceAdmin): every stored, imported, published and retired version with who
/// (login, display name, role), when and the note, newest first; 404 for an unknown definition.
/// </summary>
[AuthorizeRoles(Roles.FinanceAdmin)]
public sealed record GetWorkflowAudit(UserContext User, string Id) : IQuery<IReadOnlyList<WorkflowAuditEntry>>, IUserMessage;

/// <summary>One lifecycle event of a version: action <c>shipped</c>, <c>created</c>, <c>imported</c>, <c>published</c> or <c>retired</c>.</summary>
public sealed record WorkflowAuditEntry(string DefinitionId, int Version, string Action, string UserName, string DisplayName, string Role, string RoleLabel, DateTime AtUtc, string? Note);

public sealed class GetWorkflowAuditHandler(PerfEvalDbContext db) : IQueryHandler<GetWorkflowAudit, IReadOnlyList<WorkflowAuditEntry>>
{
    public async ValueTask<IReadOnlyList<WorkflowAuditEntry>> Handle(GetWorkflowAudit query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var rows = await AuditTrails.ReadAsync(
            db.WorkflowDefinitions, d => d.DefinitionId == query.Id, db.WorkflowDefinitionAudit.Where(a => a.DefinitionId == query.Id).OrderByDescending(a => a.Id),
            WorkflowVersionText.FormatDefinitionNotFound(query.Id), cancellationToken);
        return [.. rows.Select(a => new WorkflowAuditEntry(a.DefinitionId, a.Version, a.Action, a.UserName, a.DisplayName, a.Role,
            a.Role.Length == 0 ? "" : Roles.Label(a.Role), a.AtUtc, a.Note))];
    }
}
