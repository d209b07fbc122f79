using System.Text;

namespace PerfEval.Rules;

/// <summary>
/// Compares the labels people write on forms as they mean them: “三公经费”, "三公经费" and 「三公经费」 are the same
/// indicator, as are full-width and half-width forms (（）and ()) and labels with spaces inside (项 目 名 称).
/// </summary>
public static class TextKey
{
    /// <summary>The comparison key of <paramref name="text"/>: NFKC-normalised (full-width → half-width), without quote marks
    /// or white space, lower-case; "" for null.</summary>
    /// <param name="text">A label as written.</param>
    public static string Of(string? text) => Normalized(text, key: true);

    /// <summary><paramref name="text"/> NFKC-normalised (full-width → half-width) and without white space, quotes and case
    /// kept (a value as written, where <see cref="Of"/> gives a label's key); "" for null.</summary>
    /// <param name="text">A text as written.</param>
    public static string Compact(string? text) => Normalized(text, key: false);

    private static string Normalized(string? text, bool key)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var normalized = text.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (!char.IsWhiteSpace(c) && !(key && IsQuote(c)))
            {
                sb.Append(key ? char.ToLowerInvariant(c) : c);
            }
        }

        return sb.ToString();
    }

    /// <summary>Whether two labels are the same when compared by <see cref="Of"/>.</summary>
    /// <param name="a">A label.</param>
    /// <param name="b">Another label.</param>
    public static bool Same(string? a, string? b) => string.Equals(Of(a), Of(b), StringComparison.Ordinal);

    /// <summary>Whether <paramref name="text"/> contains <paramref name="word"/>, both compared by <see cref="Of"/>.</summary>
    /// <param name="text">The text searched.</param>
    /// <param name="word">The word looked for; an empty word is never found.</param>
    public static bool Contains(string? text, string? word)
    {
        var w = Of(word);
        return w.Length > 0 && Of(text).Contains(w, StringComparison.Ordinal);
    }

    /// <summary>Whether <see cref="Of"/> would only lower-case <paramref name="text"/> (no quotes, spaces or full-width forms):
    /// lets hot paths skip normalising.</summary>
    /// <param name="text">A label.</param>
    public static bool IsPlain(string? text)
    {
        if (text is null)
        {
            return true;
        }

        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || IsQuote(c) || c is >= '\uFF00' and <= '\uFFEF' || char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsQuote(char c) => c is '"' or '\'' or '`' or '´' or '“' or '”' or '‘' or '’' or '「' or '」' or '『' or '』' or '〝' or '〞' or '〟' or '„' or '‟';
}
