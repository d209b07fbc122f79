namespace PerfEval.Host.Security;

/// <summary>Size limits of request bodies, checked before anything reads them.</summary>
public static class RequestLimits
{
    /// <summary>Rule-set endpoints (validate, import, draft save): the shipped rubrics are under 30 KB.</summary>
    public const long RuleSetBodyBytes = 2L * 1024 * 1024;

    /// <summary>Every other JSON API body (a report with all its tables is well under 1 MB).</summary>
    public const long ApiBodyBytes = 4L * 1024 * 1024;

    /// <summary>Nesting a JSON body may have (the report model needs 6).</summary>
    public const int JsonMaxDepth = 64;

    /// <summary>The limit for a request path.</summary>
    public static long For(PathString path) =>
        path.StartsWithSegments("/api/rule-sets", StringComparison.OrdinalIgnoreCase) ? RuleSetBodyBytes : ApiBodyBytes;
}
