namespace PerfEval.Rules.Loading;

/// <summary>
/// Characters no stored text may hold: control characters other than tab, line feed and carriage return, U+007F,
/// the non-characters U+FFFE/U+FFFF and unpaired UTF-16 surrogates. XML 1.0 (so the Word and Excel exports) refuses
/// them, and they cannot be written to a UTF-8 column without loss.
/// </summary>
public static class TextSafety
{
    /// <summary>What is wrong with <paramref name="text"/> (in Chinese, naming the character), or <c>null</c> when nothing is.</summary>
    /// <param name="text">The text to check.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string? InvalidCharacter(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var n = 0; n < text.Length; n++)
        {
            var c = text[n];
            if (char.IsHighSurrogate(c) && n + 1 < text.Length && char.IsLowSurrogate(text[n + 1]))
            {
                n++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                return "不成对的 UTF-16 代理字符";
            }

            if (IsControl(c))
            {
                return $"控制字符 U+{(int)c:X4}";
            }
        }

        return null;
    }

    /// <summary><paramref name="text"/> without the characters <see cref="InvalidCharacter"/> names (for exports of data stored earlier).</summary>
    /// <param name="text">The text to clean.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (InvalidCharacter(text) is null)
        {
            return text;
        }

        var clean = new System.Text.StringBuilder(text.Length);
        for (var n = 0; n < text.Length; n++)
        {
            var c = text[n];
            if (char.IsHighSurrogate(c) && n + 1 < text.Length && char.IsLowSurrogate(text[n + 1]))
            {
                clean.Append(c).Append(text[++n]);
            }
            else if (!char.IsSurrogate(c) && !IsControl(c))
            {
                clean.Append(c);
            }
        }

        return clean.ToString();
    }

    private static bool IsControl(char c) => (c < 0x20 && c is not '\t' and not '\n' and not '\r') || c is '\u007f' or '\ufffe' or '\uffff';
}
