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

    /// <summary>Answers <paramref name="version"/> as the response's strong <c>ETag</c>, the next change's <c>If-Match</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="response"/> is null.</exception>
    public static void Set(HttpResponse response, int version)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.ETag = $"\"{version}\"";
    }
}
