namespace PerfEval.Host.Components;

/// <summary>
/// How components reach the domain: by sending the same commands and queries as the API endpoints, nothing else (no
/// DbContext, no domain service). An interface so that screen logic can be tested with a recording sender.
/// </summary>
public interface IUiSender
{
    /// <summary>Sends a command in its own scope.</summary>
    Task<T> SendAsync<T>(ICommand<T> command, CancellationToken ct = default);

    /// <summary>Sends a query in its own scope.</summary>
    Task<T> SendAsync<T>(IQuery<T> query, CancellationToken ct = default);
}

/// <summary>
/// Sends Mediator messages from components in a fresh DI scope per call.
/// Why: in Blazor Server a scoped service lives as long as the circuit, so one DbContext would serve a whole
/// session (stale tracked entities, "a second operation was started" errors). A scope per action mirrors an HTTP request.
/// </summary>
public sealed class UiMediator(IServiceScopeFactory scopes) : IUiSender
{
    public async Task<T> SendAsync<T>(ICommand<T> command, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command, ct);
    }

    public async Task<T> SendAsync<T>(IQuery<T> query, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(query, ct);
    }
}
