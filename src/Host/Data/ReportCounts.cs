namespace PerfEval.Host.Data;

/// <summary>Settings of <see cref="ReportCounts"/> (section <c>Reports:Counts</c>).</summary>
public sealed class ReportCountOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Reports:Counts";

    /// <summary>
    /// Counts below this are never kept: counting a few thousand index entries costs less than a millisecond, and small lists
    /// are the ones a user watches change one report at a time.
    /// </summary>
    public int KeepFrom { get; set; } = 2_000;

    /// <summary>How long a kept count is used when no report was saved by this process (another host's saves show within it).</summary>
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromSeconds(10);
}

/// <summary>
/// The total of a report list or inbox. Counting is the one part of a page whose cost grows with the bureau: a province's
/// finance bureau sees 100 000 reports, and an exact <c>count(*)</c> over them costs more than the page itself. Large counts
/// are kept per database and list for <see cref="ReportCountOptions.MaxAge"/>, and dropped at once when this process
/// saves a report to that database (<see cref="Invalidate"/>, called once the save is committed): paging through a list reads the count once.
/// </summary>
/// <remarks>Counts are exact whenever the reports they cover were last changed through this process.</remarks>
public sealed class ReportCounts(PerfEvalDbContext db, TimeProvider clock, IOptions<ReportCountOptions> options)
{
    private static readonly KeptPerDatabase<string, int> Counts = new();

    /// <summary>Forgets every count kept for the database <paramref name="db"/> uses (a report was added, changed or removed).</summary>
    public static void Invalidate(DbContext db) => Counts.Invalidate(db);

    /// <summary>
    /// The number of rows of <paramref name="query"/>, kept under <paramref name="list"/>: a key naming everything that
    /// narrows the query (who sees which organisations, and every filter).
    /// </summary>
    public Task<int> CountAsync(IQueryable<Report> query, string list, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentException.ThrowIfNullOrEmpty(list);
        var settings = options.Value;
        return Counts.GetAsync(db, list, clock.GetUtcNow().UtcDateTime, settings.MaxAge, () => query.CountAsync(ct), count => count >= settings.KeepFrom);
    }

    /// <summary>A short key for a set of organisations (order does not matter).</summary>
    public static string KeyOf(IEnumerable<Guid> orgIds)
    {
        ArgumentNullException.ThrowIfNull(orgIds);
        var sorted = orgIds.Order().ToList();
        var bytes = new byte[sorted.Count * 16];
        for (var i = 0; i < sorted.Count; i++)
        {
            sorted[i].TryWriteBytes(bytes.AsSpan(i * 16));
        }

        return Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes));
    }
}
