using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using XCell = DocumentFormat.OpenXml.Spreadsheet.Cell;

namespace PerfEval.Host.Tests.Import.Fixtures;

/// <summary>Excel 绩效目标表 fixtures written with the OpenXML SDK: merged 一级指标 cells, one 分值/得分 merged over two rows, numbers as numbers.</summary>
internal static class IndicatorWorkbooks
{
    private static readonly object?[][] Rows =
    [
        ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "自评得分"],
        ["产出指标", "数量指标", "培训人次", "≥2000人次", "2100人次", 10m, 10m],
        [null, "质量指标", "培训合格率", "≥90%", "95%", 10m, 10m],
        ["效益指标", "社会效益指标", "就业率提升", "明显", "明显", 15m, 14m],
        [null, "经济效益指标", "带动创业", "有所增加", "有所增加", null, null],
        ["产出指标", "成本指标", "人均培训成本", "≤1500元", "1420元", 5m, 5m],
    ];

    /// <summary>A sheet with A2:A3, A4:A5, F4:F5 and G4:G5 merged.</summary>
    public static byte[] Filled()
    {
        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = doc.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (var r = 0; r < Rows.Length; r++)
            {
                data.Append(Row((uint)r + 1, Rows[r]));
            }

            sheetPart.Worksheet = new Worksheet(data, new MergeCells(
                new MergeCell { Reference = "A2:A3" }, new MergeCell { Reference = "A4:A5" },
                new MergeCell { Reference = "F4:F5" }, new MergeCell { Reference = "G4:G5" }));
            workbook.Workbook.Append(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "目标表" }));
        }

        return stream.ToArray();
    }

    /// <summary>The downloaded template with two indicator rows typed under its header.</summary>
    public static byte[] FilledTemplate(byte[] template)
    {
        using var stream = new MemoryStream();
        stream.Write(template);
        using (var doc = SpreadsheetDocument.Open(stream, true))
        {
            var workbook = doc.WorkbookPart!;
            var sheet = workbook.Workbook!.Descendants<Sheet>().First(s => s.Name == "绩效指标");
            var data = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet!.GetFirstChild<SheetData>()!;
            data.Append(Row(2, ["产出指标", "数量指标", "参保人数", "≥", "5000人", "5210人", 10m, 10m, null]));
            data.Append(Row(3, ["满意度指标", "服务对象满意度指标", "满意度", null, "≥90%", "92%", 10m, 10m, null]));
        }

        return stream.ToArray();
    }

    private static Row Row(uint index, object?[] values)
    {
        var row = new Row { RowIndex = index };
        for (var c = 0; c < values.Length; c++)
        {
            var reference = $"{(char)('A' + c)}{index}";
            switch (values[c])
            {
                case string s:
                    row.Append(new XCell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(s)) });
                    break;
                case decimal d:
                    row.Append(new XCell { CellReference = reference, CellValue = new CellValue(d) });
                    break;
            }
        }

        return row;
    }
}
