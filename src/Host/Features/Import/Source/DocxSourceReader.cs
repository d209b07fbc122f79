using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PerfEval.Host.Features.Import.Source;

/// <summary>
/// Reads a Word document (.docx) with the OpenXML SDK into a <see cref="SourceDocument"/>: body paragraphs and tables in
/// order (content controls opened up), each cell with its grid column and span, the lower parts of vertically merged
/// cells marked. Line breaks inside a paragraph start a new paragraph; Wingdings tick boxes become ☑/□; deleted text
/// of tracked changes is left out.
/// </summary>
public static class DocxSourceReader
{
    /// <summary>Reads an opened document.</summary>
    /// <param name="document">The document.</param>
    public static SourceDocument Read(WordprocessingDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var body = document.MainDocumentPart?.Document?.Body;
        var blocks = new List<SourceBlock>();
        if (body is not null)
        {
            AddBlocks(body.ChildElements, blocks);
        }

        return new SourceDocument(blocks);
    }

    private static void AddBlocks(IEnumerable<OpenXmlElement> elements, List<SourceBlock> blocks)
    {
        foreach (var e in elements)
        {
            switch (e)
            {
                case Paragraph p:
                    blocks.AddRange(Paragraphs(p).Where(t => t.Length > 0).Select(t => new SourceParagraph(t)));
                    break;
                case Table t:
                    blocks.Add(ReadTable(t));
                    break;
                case SdtBlock sdt:
                    AddBlocks(sdt.SdtContentBlock?.ChildElements ?? Enumerable.Empty<OpenXmlElement>(), blocks);
                    break;
                case CustomXmlBlock custom:
                    AddBlocks(custom.ChildElements, blocks);
                    break;
                default:
                    break;
            }
        }
    }

    private static SourceTable ReadTable(Table table)
    {
        var rows = new List<SourceRow>();
        foreach (var row in RowsOf(table))
        {
            var column = row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
            var cells = new List<SourceCell>();
            foreach (var cell in CellsOf(row))
            {
                var props = cell.TableCellProperties;
                var span = props?.GridSpan?.Val?.Value ?? 1;
                if (props?.HorizontalMerge is { } h && h.Val?.Value != MergedCellValues.Restart && cells.Count > 0)
                {
                    // Old-style horizontal merge: this cell continues the one on its left.
                    cells[^1] = cells[^1] with { Span = cells[^1].Span + span };
                    column += span;
                    continue;
                }

                var continued = props?.VerticalMerge is { } v && (v.Val is null || v.Val.Value == MergedCellValues.Continue);
                var paragraphs = continued ? [] : CellParagraphs(cell);
                cells.Add(new SourceCell(paragraphs, column, span, continued));
                column += span;
            }

            rows.Add(new SourceRow(cells));
        }

        return new SourceTable(rows);
    }

    private static IEnumerable<TableRow> RowsOf(OpenXmlElement parent) => Unwrapped<TableRow>(parent, e => e switch
    {
        SdtRow s => (OpenXmlElement?)s.SdtContentRow ?? s,
        CustomXmlRow => e,
        _ => null,
    });

    private static IEnumerable<TableCell> CellsOf(OpenXmlElement parent) => Unwrapped<TableCell>(parent, e => e switch
    {
        SdtCell s => (OpenXmlElement?)s.SdtContentCell ?? s,
        CustomXmlCell => e,
        _ => null,
    });

    /// <summary>
    /// The <typeparamref name="T"/> children of <paramref name="parent"/>, looking through the wrappers around them (content
    /// controls, custom XML): <paramref name="contentOf"/> gives a wrapper's content, null for anything else.
    /// </summary>
    private static IEnumerable<T> Unwrapped<T>(OpenXmlElement parent, Func<OpenXmlElement, OpenXmlElement?> contentOf)
        where T : OpenXmlElement
    {
        foreach (var e in parent.ChildElements)
        {
            if (e is T item)
            {
                yield return item;
            }
            else if (contentOf(e) is { } content)
            {
                foreach (var inner in Unwrapped<T>(content, contentOf))
                {
                    yield return inner;
                }
            }
        }
    }

    /// <summary>The cell's paragraphs (trimmed, empty ones left out); a table inside a cell gives one paragraph per row.</summary>
    private static List<string> CellParagraphs(TableCell cell)
    {
        var result = new List<string>();
        foreach (var e in cell.Descendants().Where(d => d is Paragraph or Table))
        {
            if (e is Paragraph p && !p.Ancestors<Paragraph>().Any() && p.Ancestors<Table>().First() == cell.Ancestors<Table>().First())
            {
                result.AddRange(Paragraphs(p).Where(t => t.Length > 0));
            }
            else if (e is Table nested && nested.Parent?.Ancestors<Table>().FirstOrDefault() == cell.Ancestors<Table>().First())
            {
                foreach (var row in nested.Elements<TableRow>())
                {
                    var text = string.Join("　", row.Elements<TableCell>().Select(c => string.Join(" ", c.Elements<Paragraph>().SelectMany(Paragraphs))).Where(t => t.Length > 0));
                    if (text.Length > 0)
                    {
                        result.Add(text);
                    }
                }
            }
        }

        return result;
    }

    /// <summary>The text of a paragraph, split at line breaks, each part trimmed.</summary>
    internal static IEnumerable<string> Paragraphs(Paragraph paragraph)
    {
        var sb = new StringBuilder();
        var parts = new List<string>();
        foreach (var e in paragraph.Descendants())
        {
            if (e.Ancestors<AlternateContentFallback>().Any())
            {
                continue; // the same drawing again, for old readers
            }

            switch (e)
            {
                case Paragraph:
                    // A text box's paragraph (e.g. a cover title drawn in a box): read in place, on its own line.
                    parts.Add(sb.ToString());
                    sb.Clear();
                    break;
                case Text t:
                    sb.Append(t.Text);
                    break;
                case TabChar or PositionalTab:
                    sb.Append(' ');
                    break;
                case Break or CarriageReturn:
                    parts.Add(sb.ToString());
                    sb.Clear();
                    break;
                case NoBreakHyphen:
                    sb.Append('-');
                    break;
                case SymbolChar sym:
                    sb.Append(Symbol(sym));
                    break;
                default:
                    break;
            }
        }

        parts.Add(sb.ToString());
        return parts.Select(p => p.Trim());
    }

    /// <summary>Wingdings tick boxes as text: ☑ for a ticked box, □ for an empty one.</summary>
    private static string Symbol(SymbolChar sym)
    {
        var font = sym.Font?.Value ?? "";
        var code = (sym.Char?.Value ?? "").ToUpperInvariant();
        return (font, code) switch
        {
            ("Wingdings", "F0FE" or "F0FD" or "F078") => "☑",
            ("Wingdings", "F0A8" or "F06F" or "F071") => "□",
            ("Wingdings 2", "F052" or "F054" or "F050" or "F051") => "☑",
            ("Wingdings 2", "F0A3" or "F02A" or "F0A2") => "□",
            (_, "F0FC") => "√",
            _ => "",
        };
    }
}
