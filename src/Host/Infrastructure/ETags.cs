namespace PerfEval.Host.Infrastructure;

/// <summary>Versions carried in HTTP <c>If-Match</c> / <c>ETag</c> headers ("3", W/"3").</summary>
public static class ETags
{
    /// <summary>The version in an <c>If-Match</c> value; null when absent or not a number.</summary>
    public static int? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        if (trimmed.StartsWith("W/", StringComparison.Ordinal))
        {
            trimmed = trimmed[2..];
        }

        return int.TryParse(trimmed.Trim('"'), out var v) ? v : null;
    }
}
