namespace PerfEval.Host.Infrastructure;

/// <summary>Work that must finish before the host serves requests (migrations, shipped data, demo data).</summary>
public interface IStartupTask
{
    /// <summary>Lower runs first: 0 migrations, 10 shipped definitions, 100 demo data.</summary>
    int Order { get; }

    Task RunAsync(IServiceProvider services, CancellationToken cancellationToken);
}

/// <summary>Held while start-up tasks run, so hosts sharing a database do them one after the other.</summary>
public interface IStartupLock
{
    Task<IAsyncDisposable> AcquireAsync(CancellationToken cancellationToken);
}

public static class StartupTaskExtensions
{
    public static IServiceCollection AddStartupTask<T>(this IServiceCollection services)
        where T : class, IStartupTask
        => services.AddSingleton<IStartupTask, T>();

    /// <summary>Runs every registered task in order, each in its own scope, under the start-up lock if there is one.</summary>
    public static async Task RunStartupTasksAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        var startupLock = services.GetService<IStartupLock>();
        await using var held = startupLock is null ? null : await startupLock.AcquireAsync(cancellationToken).ConfigureAwait(false);
        var logger = services.GetService<ILoggerFactory>()?.CreateLogger("PerfEval.Host.Startup");
        foreach (var task in services.GetServices<IStartupTask>().OrderBy(t => t.Order))
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            await using var scope = services.CreateAsyncScope();
            await task.RunAsync(scope.ServiceProvider, cancellationToken).ConfigureAwait(false);
            logger?.LogInformation("Start-up task {Task} took {Milliseconds:0} ms.", task.GetType().Name, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }
}
