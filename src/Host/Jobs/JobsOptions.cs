namespace PerfEval.Host.Jobs;

/// <summary>Configuration section <c>Jobs</c>.</summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>
    /// Runs the Hangfire server and registers the recurring jobs. Off in tests (they call the job's scan
    /// method directly with a fake clock) or on web-only nodes when another node runs the jobs.
    /// </summary>
    public bool Enabled { get; set; } = true;
}
