namespace PerfEval.Host.Data;

/// <summary>Creates or upgrades the database schema at start-up.</summary>
internal sealed class MigrateDatabaseTask : IStartupTask
{
    public int Order => 0;

    public Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) => services.MigrateDatabaseAsync(cancellationToken);
}
