namespace PerfEval.Host.Features.Import.Source;

/// <summary>
/// What an imported file holds, before anything is recognised: paragraphs and tables (rows of cells, each cell its
/// paragraphs) in document order. Word files, their pasted text and Excel sheets are all read into this shape, so one
/// recogniser works on all of them.
/// </summary>
public sealed record SourceDocument(IReadOnlyList<SourceBlock> Blocks)
{
    /// <summary>Every table, in order.</summary>
    public IEnumerable<SourceTable> Tables => Blocks.OfType<SourceTable>();
}

/// <summary>A paragraph or a table.</summary>
public abstract record SourceBlock;

/// <summary>A paragraph outside any table.</summary>
public sealed record SourceParagraph(string Text) : SourceBlock;

/// <summary>A table: its rows top to bottom.</summary>
public sealed record SourceTable(IReadOnlyList<SourceRow> Rows) : SourceBlock;

/// <summary>A table row: its cells left to right.</summary>
public sealed record SourceRow(IReadOnlyList<SourceCell> Cells);

/// <summary>
/// One cell. <see cref="Column"/> is the first grid column the cell covers (from Word's grid, counting merged cells'
/// spans; in pasted text simply the cell's position), <see cref="Span"/> how many it covers. <see cref="MergedFromAbove"/>
/// marks the lower parts of a vertically merged cell (in pasted text these are simply blank).
/// </summary>
public sealed record SourceCell(IReadOnlyList<string> Paragraphs, int Column, int Span = 1, bool MergedFromAbove = false)
{
    /// <summary>The paragraphs joined by line breaks, trimmed.</summary>
    public string Text => string.Join("\n", Paragraphs).Trim();

    /// <summary>Whether the cell holds nothing but white space.</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(Text);
}
