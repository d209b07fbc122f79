namespace PerfEval.Host.Jobs;

/// <summary>Messages of the Jobs feature people read (resources: JobsText.resx).</summary>
public static class JobsText
{
    private static readonly TextResources R = new(typeof(JobsText));

    public static string JobsModuleMapJobs => R[nameof(JobsModuleMapJobs)];
}
