using Mediator;
using PerfEval.Host.Components;
using PerfEval.Host.Features.Reports.Update;

namespace PerfEval.Host.BrowserTests.Infrastructure;

/// <summary>
/// The real <see cref="UiMediator"/>, except that saving a report whose title holds <see cref="Marker"/> throws, as a
/// locked database would: lets a browser test reach the page's error boundary without breaking production code.
/// </summary>
internal sealed class FailingUiSender(UiMediator inner) : IUiSender
{
    public const string Marker = "浏览器测试：意外错误";

    public Task<T> SendAsync<T>(ICommand<T> command, CancellationToken ct = default) =>
        command is UpdateReport { Content.Basic.ProjectName: var title } && title.Contains(Marker, StringComparison.Ordinal)
            ? throw new InvalidOperationException($"Browser test: unexpected failure saving \"{title}\".")
            : inner.SendAsync(command, ct);

    public Task<T> SendAsync<T>(IQuery<T> query, CancellationToken ct = default) => inner.SendAsync(query, ct);
}
