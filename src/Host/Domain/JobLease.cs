namespace PerfEval.Host.Domain;

/// <summary>
/// A named lease on a background job held in the domain database, so that one run at a time does the work across
/// every host (a second run while one holds the lease is skipped, not raced). It expires on its own when a host dies.
/// </summary>
public sealed class JobLease
{
    /// <summary>The job's name (the primary key).</summary>
    public required string Name { get; set; }

    /// <summary>Who holds it: a random token of the run that took it.</summary>
    public required string Holder { get; set; }

    /// <summary>When another run may take it over even if it was not released.</summary>
    public DateTime ExpiresAtUtc { get; set; }
}
