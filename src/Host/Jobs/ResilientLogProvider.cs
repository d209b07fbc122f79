using Hangfire.Logging;

namespace PerfEval.Host.Jobs;

/// <summary>
/// Hangfire's log provider is process-wide, but a host's <see cref="ILoggerFactory"/> dies with the host. When one
/// process runs several hosts (tests, or a host restarted in-process) Hangfire may ask a stopped host's factory for a
/// logger; logging must never break job infrastructure, so that request gets a silent logger instead of an exception.
/// </summary>
internal sealed class ResilientLogProvider(ILoggerFactory loggerFactory) : ILogProvider
{
    private readonly Hangfire.AspNetCore.AspNetCoreLogProvider _inner = new(loggerFactory);

    public ILog GetLogger(string name)
    {
        try
        {
            return _inner.GetLogger(name);
        }
        catch (ObjectDisposedException)
        {
            return Silent.Instance;
        }
    }

    private sealed class Silent : ILog
    {
        public static readonly Silent Instance = new();

        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string> messageFunc, Exception? exception = null) => false;
    }
}
