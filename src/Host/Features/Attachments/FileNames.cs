namespace PerfEval.Host.Features.Attachments;

/// <summary>Makes an uploaded file's name safe to store, list and offer back.</summary>
public static class FileNames
{
    public const int MaxLength = 120;

    /// <summary>
    /// The last path segment only (both slash kinds), without control, format and reserved characters (<c>&lt;&gt;:"/\|?*</c>),
    /// without leading/trailing dots and spaces, at most <see cref="MaxLength"/> characters, ending with the extension of
    /// the detected <paramref name="kind"/> (added when the name has another one). Empty becomes 佐证材料.
    /// </summary>
    public static string Sanitise(string? name, FileKind kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        var raw = (name ?? "").Replace('\\', '/');
        raw = raw[(raw.LastIndexOf('/') + 1)..];
        var sb = new StringBuilder(raw.Length);
        foreach (var rune in raw.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (Rune.IsControl(rune) || category is System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.Surrogate
                or System.Globalization.UnicodeCategory.PrivateUse or System.Globalization.UnicodeCategory.OtherNotAssigned
                || (rune.IsAscii && "<>:\"/\\|?*".Contains((char)rune.Value, StringComparison.Ordinal)))
            {
                sb.Append('_');
                continue;
            }

            sb.Append(rune.ToString());
        }

        var clean = sb.ToString().Trim().Trim('.', ' ');
        var ext = Path.GetExtension(clean);
        var stem = string.IsNullOrEmpty(ext) ? clean : clean[..^ext.Length];
        if (!MatchesKind(ext, kind))
        {
            stem = clean;
            ext = kind.Extension;
        }

        stem = stem.Trim().Trim('.', ' ');
        if (stem.Length == 0)
        {
            stem = AttachmentText.DefaultName;
        }

        var room = MaxLength - ext.Length;
        if (stem.Length > room)
        {
            stem = stem[..room];
            if (char.IsHighSurrogate(stem[^1]))
            {
                stem = stem[..^1];
            }
        }

        return stem + ext.ToLowerInvariant();
    }

    private static bool MatchesKind(string ext, FileKind kind) =>
        ext.Equals(kind.Extension, StringComparison.OrdinalIgnoreCase)
        || (kind == ContentSniffer.Jpeg && ext.Equals(".jpeg", StringComparison.OrdinalIgnoreCase));
}
