using Mediator;

namespace PerfEval.Host.Components;

/// <summary>
/// Sends Mediator messages from components in a fresh DI scope per call.
/// Why: in Blazor Server a scoped service lives as long as the circuit, so one DbContext would serve a whole
/// session (stale tracked entities, "a second operation was started" errors). A scope per action mirrors an HTTP request.
/// </summary>
public sealed class UiMediator(IServiceScopeFactory scopes)
{
    public async Task<T> SendAsync<T>(Mediator.ICommand<T> command, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command, ct);
    }

    public async Task<T> SendAsync<T>(IQuery<T> query, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(query, ct);
    }

    /// <summary>Runs any work needing scoped services (e.g. several queries on one DbContext).</summary>
    public async Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> work, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        ct.ThrowIfCancellationRequested();
        await using var scope = scopes.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }
}
