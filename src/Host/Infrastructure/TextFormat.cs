namespace PerfEval.Host.Infrastructure;

/// <summary>
/// Fills a text with format specifiers (<c>{1:0.##}</c>), which the generated <c>Format…</c> accessors of the
/// <c>*Text</c> classes do not cover (ADR-010).
/// </summary>
public static class TextFormat
{
    /// <summary>The composite-format <paramref name="template"/> filled with <paramref name="args"/> in the current culture.</summary>
    /// <param name="template">A text of a <c>*Text</c> class.</param>
    /// <param name="args">The values of {0}, {1}, ….</param>
    /// <exception cref="ArgumentNullException"><paramref name="template"/> is null.</exception>
    public static string Fill(string template, params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(template);
        return string.Format(CultureInfo.CurrentCulture, template, args);
    }
}
