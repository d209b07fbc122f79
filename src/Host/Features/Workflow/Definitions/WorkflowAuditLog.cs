namespace PerfEval.Host.Features.Workflow.Definitions;

/// <summary>Writes the audit rows of workflow definition versions (saved with the change they record, in one SaveChanges).</summary>
internal static class WorkflowAuditLog
{
    /// <summary>Adds one audit row; <paramref name="user"/> null is the system (shipped definitions).</summary>
    public static void Add(PerfEvalDbContext db, string definitionId, int version, string action, UserContext? user, DateTime atUtc, string? note = null)
        => db.WorkflowDefinitionAudit.Add(new WorkflowDefinitionAudit
        {
            DefinitionId = definitionId,
            Version = version,
            Action = action,
            UserName = user?.UserName ?? "system",
            DisplayName = user?.DisplayName ?? "system",
            Role = user?.Role ?? "",
            AtUtc = atUtc,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
        });
}
