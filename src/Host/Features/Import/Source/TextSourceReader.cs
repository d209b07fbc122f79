namespace PerfEval.Host.Features.Import.Source;

/// <summary>
/// Reads the plain text that copying a Word report gives (the seeds are such text): a line starting with a tab is a
/// table cell, cells follow each other line by line, a blank line starts the next row, and untabbed lines right after a
/// cell are more paragraphs of that cell (a cell with several paragraphs, e.g. "产出指标" / "（40分）"). Two blank lines
/// and then an untabbed line end the table (or one blank line before a heading such as "三、…"). A line with tabs inside
/// ("a⇥b⇥c", as Notepad shows a copied row) is one row of cells.
/// </summary>
public static class TextSourceReader
{
    /// <summary>Reads decoded text.</summary>
    /// <param name="text">The whole text.</param>
    public static SourceDocument Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var blocks = new List<SourceBlock>();
        List<List<List<string>>>? table = null; // rows → cells → paragraphs
        var blanks = 0;
        foreach (var raw in lines)
        {
            var line = raw.StartsWith('\t') ? raw : raw.TrimEnd();
            if (line.Trim().Length == 0 && !line.StartsWith('\t'))
            {
                blanks++;
                continue;
            }

            if (line.StartsWith('\t'))
            {
                var cellText = line[1..].Replace('\t', ' ').Trim();
                if (table is null)
                {
                    table = [[]];
                }
                else if (blanks > 0)
                {
                    table.Add([]);
                }

                table[^1].Add(cellText.Length == 0 ? [] : [cellText]);
                blanks = 0;
                continue;
            }

            var trimmed = line.Trim();
            if (table is not null && (blanks >= 2 || (blanks >= 1 && LooksLikeSectionHeading(trimmed))))
            {
                blocks.Add(Build(table));
                table = null;
            }

            if (table is not null)
            {
                if (blanks > 0 && table[^1].Count == 0)
                {
                    // A new row that starts with an untabbed line cannot happen in copied text; keep it in the last cell.
                    table.RemoveAt(table.Count - 1);
                }

                var row = table[^1];
                if (row.Count == 0)
                {
                    row.Add([]);
                }

                row[^1].Add(trimmed);
                blanks = 0;
                continue;
            }

            blanks = 0;
            if (trimmed.Contains('\t', StringComparison.Ordinal))
            {
                // Notepad's view of a copied row: cells separated by tabs on one line.
                blocks.Add(new SourceTable([Row(trimmed.Split('\t').Select(c => c.Trim()).Select(c => c.Length == 0 ? new List<string>() : [c]).ToList())]));
                continue;
            }

            blocks.Add(new SourceParagraph(trimmed));
        }

        if (table is not null)
        {
            blocks.Add(Build(table));
        }

        return new SourceDocument(MergeAdjacentRowTables(blocks));
    }

    /// <summary>Decodes a text file: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 (what Chinese Windows saves as "ANSI").</summary>
    /// <param name="bytes">The file.</param>
    /// <param name="text">The decoded text.</param>
    /// <param name="encoding">The encoding used.</param>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out string encoding)
    {
        text = "";
        encoding = "";
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return TryStrict(new UTF8Encoding(false, true), bytes[3..], "UTF-8", out text, out encoding);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return TryStrict(new UnicodeEncoding(false, false, true), bytes[2..], "UTF-16LE", out text, out encoding);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return TryStrict(new UnicodeEncoding(true, false, true), bytes[2..], "UTF-16BE", out text, out encoding);
        }

        if (bytes.IndexOf((byte)0) >= 0)
        {
            return false;
        }

        if (TryStrict(new UTF8Encoding(false, true), bytes, "UTF-8", out text, out encoding))
        {
            return true;
        }

        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gb = Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        return TryStrict(gb, bytes, "GB18030", out text, out encoding);
    }

    /// <summary>Whether decoded text looks like text a person wrote (almost no control characters).</summary>
    /// <param name="text">Decoded text.</param>
    public static bool LooksLikeText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return false;
        }

        var control = text.Count(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f'));
        return control * 100 < text.Length;
    }

    private static bool TryStrict(Encoding encoding, ReadOnlySpan<byte> bytes, string name, out string text, out string used)
    {
        try
        {
            text = encoding.GetString(bytes);
            used = name;
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            used = "";
            return false;
        }
    }

    /// <summary>"三、项目执行…", "五、评价报告综述" — a heading that cannot belong to a table cell.</summary>
    private static bool LooksLikeSectionHeading(string line) =>
        line.Length is > 2 and < 40 && "一二三四五六七八九十".Contains(line[0], StringComparison.Ordinal) && line.IndexOf('、', StringComparison.Ordinal) is 1 or 2;

    private static SourceTable Build(List<List<List<string>>> rows) =>
        new([.. rows.Where(r => r.Count > 0).Select(Row)]);

    private static SourceRow Row(List<List<string>> cells) =>
        new([.. cells.Select((c, i) => new SourceCell(c, i))]);

    /// <summary>Notepad-style rows come one table each; rows on consecutive lines make one table.</summary>
    private static List<SourceBlock> MergeAdjacentRowTables(List<SourceBlock> blocks)
    {
        var merged = new List<SourceBlock>();
        foreach (var b in blocks)
        {
            if (b is SourceTable t && merged.Count > 0 && merged[^1] is SourceTable prev && t.Rows.Count == 1 && prev.Rows.Count > 0
                && prev.Rows[^1].Cells.Count > 1 && t.Rows[0].Cells.Count > 1 && IsNotepadRow(prev) && IsNotepadRow(t))
            {
                merged[^1] = new SourceTable([.. prev.Rows, .. t.Rows]);
                continue;
            }

            merged.Add(b);
        }

        return merged;
    }

    private static bool IsNotepadRow(SourceTable t) => t.Rows.All(r => r.Cells.All(c => c.Paragraphs.Count <= 1));
}
