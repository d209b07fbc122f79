using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace PerfEval.Host.Tests.Export;

/// <summary>Finding the seed reports through the API and reading cells back out of the produced files.</summary>
internal static class ExportTestHelpers
{
    public const string Yueyanglou = "公共网络平台运行经费";
    public const string Hechi = "网络维护费";
    public const string Changan = "中小企业网上服务经费";

    /// <summary>The list item of the report with this title, as the caller sees it.</summary>
    public static async Task<JsonElement> FindReportAsync(HttpClient client, string title)
    {
        var page = await client.GetFromJsonAsync<JsonElement>("/api/reports?pageSize=100");
        return page.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("title").GetString() == title);
    }

    public static async Task<byte[]> DocxAsync(HttpClient client, string title)
    {
        var id = (await FindReportAsync(client, title)).GetProperty("id").GetString();
        return await client.GetByteArrayAsync(new Uri($"/api/reports/{id}/export.docx", UriKind.Relative));
    }

    public static WordprocessingDocument OpenDocx(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), false);

    public static SpreadsheetDocument OpenXlsx(byte[] bytes) => SpreadsheetDocument.Open(new MemoryStream(bytes), false);

    public static W.Body Body(WordprocessingDocument doc) => doc.MainDocumentPart!.Document!.Body!;

    /// <summary>The cell texts of the first table row whose first cell reads <paramref name="firstCell"/>.</summary>
    public static IReadOnlyList<string> RowStartingWith(WordprocessingDocument doc, string firstCell) =>
        Body(doc).Descendants<W.TableRow>()
            .Select(r => r.Elements<W.TableCell>().Select(CellText).ToList())
            .First(cells => cells.Count > 0 && cells[0] == firstCell);

    /// <summary>The cell texts of the first table row holding a cell that reads <paramref name="text"/>.</summary>
    public static IReadOnlyList<string> RowContaining(WordprocessingDocument doc, string text) =>
        Body(doc).Descendants<W.TableRow>()
            .Select(r => r.Elements<W.TableCell>().Select(CellText).ToList())
            .First(cells => cells.Contains(text));

    public static string CellText(W.TableCell cell) => string.Join("\n", cell.Elements<W.Paragraph>().Select(p => p.InnerText));

    /// <summary>The rows of a sheet as cells keyed by column letter (shared strings resolved, numbers kept as cells).</summary>
    public static List<Dictionary<string, Cell>> SheetRows(SpreadsheetDocument doc, string sheetName)
    {
        var workbook = doc.WorkbookPart!;
        var sheet = workbook.Workbook!.Descendants<Sheet>().Single(s => s.Name == sheetName);
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        return [.. part.Worksheet!.Descendants<Row>().Select(r => r.Elements<Cell>().ToDictionary(c => new string([.. c.CellReference!.Value!.TakeWhile(char.IsLetter)])))];
    }

    public static string Text(SpreadsheetDocument doc, Cell cell) => cell.DataType?.Value == CellValues.SharedString
        ? doc.WorkbookPart!.SharedStringTablePart!.SharedStringTable!.Elements<SharedStringItem>().ElementAt(int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)).InnerText
        : cell.CellValue?.Text ?? "";
}
