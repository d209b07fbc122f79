using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PerfEval.Host.Features.Export.Excel;

/// <summary>A column of an exported sheet: header, width in characters.</summary>
internal sealed record XlsxColumn(string Header, double Width);

/// <summary>A sheet: columns and rows; a cell is a string, a decimal/int (written as a number) or null (blank).</summary>
internal sealed record XlsxSheet(string Name, IReadOnlyList<XlsxColumn> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows);

/// <summary>
/// Writes a plain .xlsx with the OpenXML SDK: bold frozen header row, set column widths,
/// numbers as numeric cells, text through the shared-string table; printed on A4 fitted to the page width, the header
/// row repeated on every page, landscape when the columns are wider than a portrait page.
/// </summary>
internal static class XlsxWriter
{
    private const uint HeaderStyle = 1;

    /// <summary>Text that wraps inside its column (a long 偏差原因 would otherwise spill into the next columns and widen the print).</summary>
    private const uint WrapStyle = 2;

    /// <summary>Column widths (characters) that still print legibly across a portrait A4 page; wider sheets print landscape.</summary>
    internal const double PortraitWidth = 100;

    public static byte[] Write(IReadOnlyList<XlsxSheet> sheets)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = doc.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var strings = new SharedStrings();
            var sheetList = new Sheets();
            var printTitles = new DefinedNames();
            uint sheetId = 1;
            foreach (var sheet in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = Worksheet(sheet, strings);
                sheetList.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = sheetId, Name = sheet.Name });
                // The header row repeats at the top of every printed page.
                printTitles.Append(new DefinedName($"'{sheet.Name.Replace("'", "''", StringComparison.Ordinal)}'!$1:$1")
                {
                    Name = "_xlnm.Print_Titles",
                    LocalSheetId = sheetId - 1,
                });
                // Only the sheet's own columns and rows print.
                printTitles.Append(new DefinedName($"'{sheet.Name.Replace("'", "''", StringComparison.Ordinal)}'!$A$1:${Column(sheet.Columns.Count - 1)}${sheet.Rows.Count + 1}")
                {
                    Name = "_xlnm.Print_Area",
                    LocalSheetId = sheetId - 1,
                });
                sheetId++;
            }

            workbook.Workbook.Append(sheetList);
            workbook.Workbook.Append(printTitles);
            workbook.AddNewPart<SharedStringTablePart>().SharedStringTable = strings.Table;
            doc.PackageProperties.Creator = "PerfEval";
        }

        return stream.ToArray();
    }

    private static Worksheet Worksheet(XlsxSheet sheet, SharedStrings strings)
    {
        var columns = new Columns();
        for (var i = 0; i < sheet.Columns.Count; i++)
        {
            columns.Append(new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = sheet.Columns[i].Width, CustomWidth = true });
        }

        var data = new SheetData();
        var header = new Row { RowIndex = 1 };
        for (var i = 0; i < sheet.Columns.Count; i++)
        {
            var cell = TextCell(Reference(i, 1), sheet.Columns[i].Header, strings);
            cell.StyleIndex = HeaderStyle;
            header.Append(cell);
        }

        data.Append(header);
        uint rowIndex = 2;
        foreach (var values in sheet.Rows)
        {
            var row = new Row { RowIndex = rowIndex };
            for (var i = 0; i < values.Count; i++)
            {
                var reference = Reference(i, rowIndex);
                switch (values[i])
                {
                    case null:
                        break;
                    case string s:
                        var text = TextCell(reference, s, strings);
                        text.StyleIndex = WrapStyle;
                        row.Append(text);
                        break;
                    case decimal d:
                        // "G29" drops the trailing zeros a stored decimal keeps (90.0 → 90).
                        row.Append(NumberCell(reference, d.ToString("G29", CultureInfo.InvariantCulture)));
                        break;
                    case int n:
                        row.Append(NumberCell(reference, n.ToString(CultureInfo.InvariantCulture)));
                        break;
                    default:
                        throw new InvalidOperationException($"Unsupported cell value {values[i]!.GetType().Name}.");
                }
            }

            data.Append(row);
            rowIndex++;
        }

        // The header stays visible while scrolling.
        var views = new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
        { WorkbookViewId = 0, TabSelected = false });
        // Print: fit every column on the page width (as many pages down as the rows need), A4, landscape when wide.
        var properties = new SheetProperties(new PageSetupProperties { FitToPage = true });
        var wide = sheet.Columns.Sum(c => c.Width) > PortraitWidth;
        var margins = new PageMargins { Left = 0.4, Right = 0.4, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 };
        var setup = new PageSetup
        {
            PaperSize = 9,
            Orientation = wide ? OrientationValues.Landscape : OrientationValues.Portrait,
            FitToWidth = 1,
            FitToHeight = 0,
        };
        var footer = new HeaderFooter(new OddFooter("&C&P / &N"));
        return new Worksheet(properties, views, new SheetFormatProperties { DefaultRowHeight = 15 }, columns, data, new PrintOptions { GridLines = true }, margins, setup, footer);
    }

    private static Cell TextCell(string reference, string text, SharedStrings strings) =>
        new() { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(strings.IndexOf(text).ToString(CultureInfo.InvariantCulture)) };

    private static Cell NumberCell(string reference, string value) =>
        new() { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(value) };

    /// <summary>A1-style reference of a zero-based column and one-based row.</summary>
    internal static string Reference(int column, uint row) => Column(column) + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>The letters of a zero-based column (0 → A, 26 → AA).</summary>
    internal static string Column(int column)
    {
        var letters = "";
        for (var c = column + 1; c > 0; c = (c - 1) / 26)
        {
            letters = (char)('A' + ((c - 1) % 26)) + letters;
        }

        return letters;
    }

    private static Stylesheet Styles() => new(
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "等线" }, new FontFamilyNumbering { Val = 2 }, new FontCharSet { Val = 134 }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "等线" }, new FontFamilyNumbering { Val = 2 }, new FontCharSet { Val = 134 }))
        { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
        { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyAlignment = true })
        { Count = 3 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    /// <summary>The shared-string table, each distinct text stored once.</summary>
    private sealed class SharedStrings
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

        public SharedStringTable Table { get; } = new();

        public int IndexOf(string text)
        {
            // Reports stored before input was checked may hold characters XML refuses: one report must not break the workbook.
            text = PerfEval.Rules.Loading.TextSafety.Clean(text);
            if (!_index.TryGetValue(text, out var i))
            {
                i = _index.Count;
                _index[text] = i;
                Table.Append(new SharedStringItem(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
            }

            return i;
        }
    }
}
