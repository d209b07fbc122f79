namespace PerfEval.Host.Infrastructure;

/// <summary>The JSON files shipped beside the binary (rule sets, workflow definitions) that start-up stores as version 1.</summary>
internal static class ShippedFiles
{
    /// <summary>
    /// The <c>*.json</c> files (schemas excluded) of the folder named by <paramref name="configKey"/>, else of
    /// <paramref name="defaultFolder"/> beside the binary, in name order; none, with a warning, when the folder is missing.
    /// </summary>
    public static IReadOnlyList<string> Json(IConfiguration configuration, string configKey, string defaultFolder, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var folder = configuration[configKey] is { Length: > 0 } configured ? configured : Path.Combine(AppContext.BaseDirectory, defaultFolder);
        if (!Directory.Exists(folder))
        {
            logger.LogWarning("No shipped folder at {Folder} ({Key}): nothing stored from it; publish versions through the service instead.", folder, configKey);
            return [];
        }

        return [.. Directory.EnumerateFiles(folder, "*.json").Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
    }
}
