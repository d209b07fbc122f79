namespace PerfEval.Host.Features.Workflow.Definitions;

/// <summary>
/// Stores each shipped <c>workflows/*.json</c> as version 1 of its definition when the database has no version of it.
/// An invalid shipped file stops start-up with the reasons (better than running on a broken ladder).
/// </summary>
internal sealed class ShippedDefinitionsTask(IConfiguration configuration, TimeProvider clock, ILogger<ShippedDefinitionsTask> logger) : IStartupTask
{
    public int Order => 10;

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<PerfEvalDbContext>();
        foreach (var file in ShippedFiles.Json(configuration, "Workflows:Folder", "workflows", logger))
        {
            WorkflowDefinition definition;
            try
            {
                definition = WorkflowDefinitionJson.ParseValid(await File.ReadAllTextAsync(file, cancellationToken));
            }
            catch (WorkflowDefinitionException e)
            {
                throw new InvalidOperationException($"Shipped workflow definition {Path.GetFileName(file)} is invalid: {e.Message}", e);
            }

            if (await db.WorkflowDefinitions.AnyAsync(d => d.DefinitionId == definition.Id, cancellationToken))
            {
                continue;
            }

            definition.Version = 1;
            var now = clock.GetUtcNow().UtcDateTime;
            WorkflowAuditLog.Add(db, definition.Id, 1, WorkflowDefinitionAudit.Shipped, null, now, Path.GetFileName(file));
            db.WorkflowDefinitions.Add(new WorkflowDefinitionVersion
            {
                DefinitionId = definition.Id,
                Version = 1,
                Name = definition.Name,
                ReportKind = definition.ReportKind,
                Json = WorkflowDefinitionJson.Serialize(definition),
                Status = DefinitionStatus.Published,
                CreatedAtUtc = now,
                CreatedBy = "system",
                PublishedAtUtc = now,
                PublishedBy = "system",
            });
            logger.LogInformation("Stored shipped workflow definition {Id} as version 1.", definition.Id);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
