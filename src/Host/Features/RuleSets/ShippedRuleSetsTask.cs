namespace PerfEval.Host.Features.RuleSets;

/// <summary>
/// Stores each shipped <c>rule-sets/*.json</c> (beside the binary) as published version 1 when the database has no
/// version of that rule set. Each file is loaded through the cache first: an invalid shipped file stops start-up
/// with every problem, and the cache is warm for the first score.
/// </summary>
internal sealed class ShippedRuleSetsTask(IConfiguration configuration, RuleSetCache cache, TimeProvider clock, ILogger<ShippedRuleSetsTask> logger) : IStartupTask
{
    public int Order => 10;

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<PerfEvalDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var missing = new List<(string File, RubricDefinition Definition, string Json)>();
        foreach (var file in ShippedFiles.Json(configuration, "RuleSets:Folder", "rule-sets", logger))
        {
            var text = await File.ReadAllTextAsync(file, cancellationToken);
            var definition = RubricDefinition.FromWorkflowJson(text);
            if (!await db.RuleSets.AnyAsync(v => v.RuleSetId == definition.Id, cancellationToken))
            {
                missing.Add((file, definition, definition.Version == 1 ? text : RuleSetStore.Normalise(text, definition.Id, 1)));
            }
        }

        // Loading compiles and dry-runs each file (most of a first start): on every core at once.
        var loaded = await Task.WhenAll(missing.Select(m => Task.Run(() => cache.GetOrLoad(m.Definition.Id, 1, m.Json), cancellationToken)));
        for (var n = 0; n < missing.Count; n++)
        {
            var (file, definition, json) = missing[n];
            if (!loaded[n].Succeeded)
            {
                throw new InvalidOperationException(
                    $"Shipped rule set {Path.GetFileName(file)} is invalid: " + string.Join("; ", loaded[n].Problems.Select(p => p.ToString())));
            }

            db.RuleSets.Add(new RuleSetVersion
            {
                RuleSetId = definition.Id, Version = 1, Status = RuleSetStatus.Published, Json = json, Name = definition.Title, Kind = definition.Kind,
                ChangeNote = "随系统发布的初始版本", CreatedAtUtc = now, CreatedBy = "system", UpdatedAtUtc = now, UpdatedBy = "system",
                PublishedAtUtc = now, PublishedBy = "system",
            });
            db.RuleSetAudit.Add(new RuleSetAudit
            {
                RuleSetId = definition.Id, Version = 1, Action = "shipped", UserName = "system", AtUtc = now, Detail = Path.GetFileName(file),
            });
            logger.LogInformation("Stored shipped rule set {Id} as published version 1.", definition.Id);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
