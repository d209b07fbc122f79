using DocumentFormat.OpenXml;
using PerfEval.Host.Features.Attachments;

namespace PerfEval.Host.Features.Export.Word;

/// <summary>附件：佐证材料清单 — the report's evidence files per item (where attached, name, size, uploader, date); only when there are files.</summary>
internal static class AttachmentsPart
{
    private static readonly int[] Columns = [1700, 3106, 1000, 1300, 1200];

    public static IEnumerable<OpenXmlElement> Build(ReportDocxContext ctx)
    {
        var files = ctx.Attachments ?? [];
        if (files.Count == 0)
        {
            yield break;
        }

        yield return WordText.PageBreakBefore();
        var table = new FormTable(Columns)
            .AddRow(true, FormCell.Heading(AttachmentText.WordHeading, 5))
            .AddRow(true, FormCell.Label(AttachmentText.ColumnTarget), FormCell.Label(AttachmentText.ColumnName), FormCell.Label(AttachmentText.ColumnSize),
                FormCell.Label(AttachmentText.ColumnUploader), FormCell.Label(AttachmentText.ColumnDate));
        foreach (var f in files.OrderBy(f => f.Target, StringComparer.Ordinal))
        {
            table.AddRow(FormCell.Value(f.Target), FormCell.Left(f.FileName), FormCell.Value(f.Size), FormCell.Value(f.UploadedBy), FormCell.Value(f.UploadedOn));
        }

        yield return table.Build();
    }
}
