using DocumentFormat.OpenXml.Wordprocessing;

namespace PerfEval.Host.Features.Export.Word;

/// <summary>How a cell takes part in a vertical merge.</summary>
internal enum VMerge
{
    None,
    Start,
    Continue,
}

/// <summary>One cell of a form table: text (or paragraphs), how many grid columns it spans, its look.</summary>
internal sealed record FormCell(string? Text = null)
{
    public int Span { get; init; } = 1;

    public bool Bold { get; init; }

    public JustificationValues Align { get; init; } = JustificationValues.Center;

    public VMerge Merge { get; init; }

    /// <summary>Ready-made content instead of <see cref="Text"/>.</summary>
    public IReadOnlyList<Paragraph>? Paragraphs { get; init; }

    public static FormCell Label(string text, int span = 1) => new(text) { Span = span };

    public static FormCell Value(string? text, int span = 1) => new(text) { Span = span };

    public static FormCell Left(string? text, int span = 1) => new(text) { Span = span, Align = JustificationValues.Left };

    /// <summary>A section heading row of the form ("一、项目基本概况") spanning the whole table.</summary>
    public static FormCell Heading(string text, int span) => new(text) { Span = span, Bold = true, Align = JustificationValues.Left };
}

/// <summary>
/// Builds a bordered table on a fixed grid, the way the paper forms are drawn: single 0.5 pt lines
/// everywhere, fixed column widths (in twips) so Word and LibreOffice lay it out alike.
/// </summary>
internal sealed class FormTable(IReadOnlyList<int> columns, int fontSize = WordText.SizeTable)
{
    private readonly List<TableRow> _rows = [];

    public FormTable AddRow(params FormCell[] cells) => AddRow(false, cells);

    /// <summary>Adds a row; a header row repeats at the top of every page the table runs onto.</summary>
    public FormTable AddRow(bool header, params FormCell[] cells) => AddRow(header, canSplit: false, cells);

    /// <summary>Adds a row; only long text boxes (<paramref name="canSplit"/>) may break across a page.</summary>
    public FormTable AddRow(bool header, bool canSplit, params FormCell[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var row = new TableRow();
        var props = new TableRowProperties();
        if (!canSplit)
        {
            props.Append(new CantSplit());
        }

        // At least 0.7 cm per row, as the printed forms leave room to write.
        props.Append(new TableRowHeight { Val = 400U, HeightType = HeightRuleValues.AtLeast });
        if (header)
        {
            props.Append(new TableHeader());
        }

        row.Append(props);
        var column = 0;
        foreach (var cell in cells)
        {
            var width = columns.Skip(column).Take(cell.Span).Sum();
            column += cell.Span;
            row.Append(BuildCell(cell, width));
        }

        if (column != columns.Count)
        {
            throw new InvalidOperationException($"A form row spans {column} grid columns, the table has {columns.Count}.");
        }

        _rows.Add(row);
        return this;
    }

    public Table Build()
    {
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = columns.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableBorders(
                    Line<TopBorder>(),
                    Line<LeftBorder>(),
                    Line<BottomBorder>(),
                    Line<RightBorder>(),
                    Line<InsideHorizontalBorder>(),
                    Line<InsideVerticalBorder>()),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(
                    new TopMargin { Width = "28", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 68, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "28", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 68, Type = TableWidthValues.Dxa })),
            new TableGrid(columns.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        table.Append(_rows);
        return table;
    }

    /// <summary>A single 0.5 pt black line, as on the printed forms.</summary>
    private static T Line<T>() where T : BorderType, new() => new() { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" };

    private TableCell BuildCell(FormCell cell, int width)
    {
        var props = new TableCellProperties
        {
            TableCellWidth = new TableCellWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            GridSpan = cell.Span > 1 ? new GridSpan { Val = cell.Span } : null,
            VerticalMerge = cell.Merge switch
            {
                VMerge.Start => new VerticalMerge { Val = MergedCellValues.Restart },
                VMerge.Continue => new VerticalMerge(),
                _ => null,
            },
            TableCellVerticalAlignment = new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center },
        };
        var content = cell.Paragraphs is { Count: > 0 } given
            ? given.Select(p => (Paragraph)p.CloneNode(true))
            : (cell.Merge == VMerge.Continue ? [""] : (cell.Text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
                .Select(line => WordText.Paragraph([WordText.Run(line, cell.Bold, fontSize)], cell.Align));
        var tc = new TableCell(props);
        tc.Append(content);
        return tc;
    }
}
