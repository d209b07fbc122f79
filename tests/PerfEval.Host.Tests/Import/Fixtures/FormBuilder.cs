using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PerfEval.Host.Tests.Import.Fixtures;

/// <summary>One cell of a fixture table: text (lines split at \n), grid span, vertical merge (start or continue).</summary>
internal sealed record Cell(string Text = "", int Span = 1, bool MergeStart = false, bool MergeContinue = false);

/// <summary>Builds Word forms with the OpenXML SDK the way bureaus draw them: grid spans, vertically merged cells, boxes.</summary>
internal sealed class FormBuilder
{
    private readonly Body _body = new();

    public static Cell C(string text, int span = 1) => new(text, span);

    /// <summary>The first cell of a vertical merge.</summary>
    public static Cell Down(string text, int span = 1) => new(text, span, MergeStart: true);

    /// <summary>A lower part of a vertical merge.</summary>
    public static Cell Cont(int span = 1) => new("", span, MergeContinue: true);

    public FormBuilder P(string text)
    {
        _body.Append(Paragraph(text));
        return this;
    }

    public FormBuilder Table(int columns, params Cell[][] rows)
    {
        var table = new Table(
            new TableProperties(new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })),
            new TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn { Width = (8300 / columns).ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        foreach (var row in rows)
        {
            if (row.Sum(c => c.Span) != columns)
            {
                throw new InvalidOperationException($"row spans {row.Sum(c => c.Span)} of {columns} columns: {string.Join(" | ", row.Select(c => c.Text))}");
            }

            var tr = new TableRow();
            foreach (var cell in row)
            {
                var props = new TableCellProperties();
                if (cell.Span > 1)
                {
                    props.Append(new GridSpan { Val = cell.Span });
                }

                if (cell.MergeStart)
                {
                    props.Append(new VerticalMerge { Val = MergedCellValues.Restart });
                }
                else if (cell.MergeContinue)
                {
                    props.Append(new VerticalMerge());
                }

                var tc = new TableCell(props);
                tc.Append(cell.Text.Split('\n').Select(Paragraph));
                tr.Append(tc);
            }

            table.Append(tr);
        }

        _body.Append(table);
        _body.Append(Paragraph(""));
        return this;
    }

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            _body.Append(new SectionProperties());
            main.Document = new Document((Body)_body.CloneNode(true));
        }

        return stream.ToArray();
    }

    private static Paragraph Paragraph(string text) => new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
}
