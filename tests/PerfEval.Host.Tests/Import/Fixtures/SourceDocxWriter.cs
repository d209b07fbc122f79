using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PerfEval.Host.Features.Import.Source;

namespace PerfEval.Host.Tests.Import.Fixtures;

/// <summary>
/// Writes a <see cref="SourceDocument"/> as a Word file with the OpenXML SDK: paragraphs as paragraphs, tables as tables with
/// one cell per source cell (its paragraphs kept), grid spans and vertical merges where the source has them. Builds the
/// .docx fixtures of the seeds from their text: each blank-line-separated run of tab-indented lines is a row, one cell per line.
/// </summary>
internal static class SourceDocxWriter
{
    public static byte[] Write(SourceDocument document)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var body = new Body();
            foreach (var block in document.Blocks)
            {
                switch (block)
                {
                    case SourceParagraph p:
                        body.Append(Paragraph(p.Text));
                        break;
                    case SourceTable t:
                        body.Append(Table(t));
                        body.Append(Paragraph(""));
                        break;
                }
            }

            body.Append(new SectionProperties());
            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    private static Table Table(SourceTable source)
    {
        var columns = source.Rows.Count == 0 ? 1 : source.Rows.Max(r => r.Cells.Count == 0 ? 1 : r.Cells.Max(c => c.Column + c.Span));
        var table = new Table(
            new TableProperties(new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })),
            new TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn { Width = (8300 / columns).ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        foreach (var row in source.Rows)
        {
            var tr = new TableRow();
            var column = 0;
            foreach (var cell in row.Cells)
            {
                if (cell.Column > column)
                {
                    tr.Append(new TableRowProperties(new GridBefore { Val = cell.Column - column }));
                }

                var props = new TableCellProperties();
                if (cell.Span > 1)
                {
                    props.Append(new GridSpan { Val = cell.Span });
                }

                if (cell.MergedFromAbove)
                {
                    props.Append(new VerticalMerge());
                }

                var tc = new TableCell(props);
                var paragraphs = cell.Paragraphs.Count == 0 ? [""] : cell.Paragraphs;
                tc.Append(paragraphs.Select(Paragraph));
                tr.Append(tc);
                column = cell.Column + cell.Span;
            }

            if (row.Cells.Count == 0)
            {
                tr.Append(new TableCell(new Paragraph()));
            }

            table.Append(tr);
        }

        return table;
    }

    private static Paragraph Paragraph(string text) => new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
}
