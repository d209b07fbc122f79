using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PerfEval.Host.Features.Import.Source;

/// <summary>
/// Reads an Excel sheet (.xlsx) with the OpenXML SDK as one table of a <see cref="SourceDocument"/>: shared and inline
/// strings, numbers as written, merged ranges as spans and merged-from-above cells, so the indicator recogniser reads a
/// 绩效目标表 in Excel exactly as one in Word. The sheet named 绩效指标 is read when there is one, else the first.
/// </summary>
public static class XlsxSourceReader
{
    /// <summary>Reads the indicator sheet of a workbook.</summary>
    /// <exception cref="ImportRefusedException">Not a readable .xlsx.</exception>
    public static SourceDocument Read(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var doc = SpreadsheetDocument.Open(stream, false);
            var workbook = doc.WorkbookPart ?? throw new ImportRefusedException(ImportText.NotExcel(null));
            var sheets = workbook.Workbook?.Sheets?.Elements<Sheet>().ToList() ?? [];
            var sheet = sheets.FirstOrDefault(s => s.Name?.Value == ImportText.TemplateSheet) ?? sheets.FirstOrDefault()
                        ?? throw new ImportRefusedException(ImportText.SheetNoHeader);
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
            var strings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
            return new SourceDocument([ReadSheet(part.Worksheet!, strings)]);
        }
        catch (Exception e) when (e is DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or InvalidDataException or IOException
                                       or System.Xml.XmlException or InvalidOperationException or KeyNotFoundException or ArgumentException or FormatException)
        {
            throw new ImportRefusedException(ImportText.NotExcel(null) + $"（{e.Message}）");
        }
    }

    private static SourceTable ReadSheet(Worksheet worksheet, List<string> strings)
    {
        var values = new Dictionary<(int Row, int Col), string>();
        foreach (var row in worksheet.Descendants<Row>())
        {
            foreach (var cell in row.Elements<Cell>())
            {
                if (cell.CellReference?.Value is not { } reference)
                {
                    continue;
                }

                var (r, c) = Parse(reference);
                values[(r, c)] = Text(cell, strings);
            }
        }

        // Merged ranges: the top-left cell spans the range; cells below it in the first column are "merged from above".
        var spans = new Dictionary<(int Row, int Col), int>();
        var hidden = new HashSet<(int Row, int Col)>();
        var mergedBelow = new HashSet<(int Row, int Col)>();
        foreach (var merge in worksheet.Descendants<MergeCell>())
        {
            var parts = (merge.Reference?.Value ?? "").Split(':');
            if (parts.Length != 2)
            {
                continue;
            }

            var (r1, c1) = Parse(parts[0]);
            var (r2, c2) = Parse(parts[1]);
            for (var r = r1; r <= r2; r++)
            {
                spans[(r, c1)] = c2 - c1 + 1;
                for (var c = c1 + 1; c <= c2; c++)
                {
                    hidden.Add((r, c));
                }

                if (r > r1)
                {
                    mergedBelow.Add((r, c1));
                }
            }
        }

        if (values.Count == 0)
        {
            return new SourceTable([]);
        }

        var lastRow = values.Keys.Max(k => k.Row);
        var lastCol = values.Keys.Max(k => k.Col);
        var rows = new List<SourceRow>();
        for (var r = 1; r <= lastRow; r++)
        {
            var cells = new List<SourceCell>();
            for (var c = 1; c <= lastCol; c++)
            {
                if (hidden.Contains((r, c)))
                {
                    continue;
                }

                var below = mergedBelow.Contains((r, c));
                var text = below ? "" : values.GetValueOrDefault((r, c), "");
                var paragraphs = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
                cells.Add(new SourceCell(paragraphs, c - 1, spans.GetValueOrDefault((r, c), 1), below));
            }

            rows.Add(new SourceRow(cells));
        }

        return new SourceTable(rows);
    }

    private static string Text(Cell cell, List<string> strings)
    {
        if (cell.DataType?.Value == CellValues.SharedString && int.TryParse(cell.CellValue?.Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i))
        {
            return i >= 0 && i < strings.Count ? strings[i] : "";
        }

        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? "";
        }

        var raw = cell.CellValue?.Text ?? "";
        // Numbers as a person reads them ("0.95" stays, "10.0000000001" from float noise is rounded).
        return cell.DataType is null && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            ? Math.Round((decimal)d, 6).ToString("0.######", CultureInfo.InvariantCulture)
            : raw;
    }

    private static (int Row, int Col) Parse(string reference)
    {
        var col = 0;
        var n = 0;
        for (; n < reference.Length && char.IsLetter(reference[n]); n++)
        {
            col = (col * 26) + (char.ToUpperInvariant(reference[n]) - 'A' + 1);
        }

        return (int.Parse(reference[n..], CultureInfo.InvariantCulture), col);
    }
}
