namespace PerfEval.Host.Features.Impact;

/// <summary>Messages of the Impact feature people read (resources: ImpactText.resx).</summary>
public static class ImpactText
{
    private static readonly TextResources R = new(typeof(ImpactText));

    public static string ImpactEngineTotal(object? rule, object? message) =>
        R.Format(nameof(ImpactEngineTotal), rule, message);

    public static string ImpactRunsStartAsync(object? maxRunning) =>
        R.Format(nameof(ImpactRunsStartAsync), maxRunning);

    public static string ImpactRunsItems => R[nameof(ImpactRunsItems)];

    public static string ImpactRunsItems2 => R[nameof(ImpactRunsItems2)];

    public static string ImpactRunsItems3 => R[nameof(ImpactRunsItems3)];

    public static string ImpactRunsFind(object? runId) =>
        R.Format(nameof(ImpactRunsFind), runId);

    public static string ImpactRunsExecuteAsync => R[nameof(ImpactRunsExecuteAsync)];
}
