namespace PerfEval.Host.Infrastructure;

/// <summary>The resource does not exist or is outside the caller's organisations (both are 404).</summary>
public sealed class NotFoundException(string message) : Exception(message);

/// <summary>The caller may see the resource but not do this (403, with the reason).</summary>
public sealed class ForbiddenException(string message) : Exception(message);

/// <summary>The resource changed meanwhile or is in a state that refuses this (409).</summary>
public sealed class ConflictException(string message, int? currentVersion = null) : Exception(message)
{
    public int? CurrentVersion { get; } = currentVersion;
}

/// <summary>Input that is well-formed but wrong, with the offending field (400).</summary>
public sealed class BadInputException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}

/// <summary>The upload is larger than a configured limit (413, naming the limit); nothing was stored.</summary>
public sealed class TooLargeException(string field, string message, long limitBytes) : Exception(message)
{
    public string Field { get; } = field;

    public long LimitBytes { get; } = limitBytes;
}
