using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PerfEval.Host.Features.Export.Word;

/// <summary>五、评价报告综述（文字部分）: the six narrative sections in one framed box, as on the form.</summary>
internal static class NarrativePart
{
    public const string Heading = "五、评价报告综述（文字部分）";

    /// <summary>The six parts with the headings of the report's kind (a department report has its own, see <see cref="ReportKindText"/>).</summary>
    public static IReadOnlyList<(string Title, Func<Narrative, string?> Text)> Sections(bool department) =>
        [.. ReportKindText.NarrativeParts(department).Select(p => (p.Title, p.Get))];

    public static IEnumerable<OpenXmlElement> Build(ReportDocxContext ctx)
    {
        // One box holding the heading and all six parts, like the form, starting on a new page; the box breaks
        // across pages. (Following straight on, LibreOffice left the heading alone at the foot of a page.)
        List<Paragraph> paragraphs = [WordText.Paragraph(Heading, bold: true, size: WordText.SizeTable)];
        foreach (var (title, text) in Sections(ctx.IsDepartment))
        {
            paragraphs.Add(WordText.Paragraph(title, bold: true, size: WordText.SizeTable, spaceBefore: 120));
            paragraphs.AddRange(WordText.Lines(text(ctx.Content.Narrative), WordText.SizeTable, JustificationValues.Both, firstLineIndent: true, lineMultiple: 1.2));
        }

        yield return WordText.PageBreakBefore();
        yield return new FormTable([DocxPackage.TextWidth]).AddRow(false, canSplit: true, new FormCell { Align = JustificationValues.Left, Paragraphs = paragraphs }).Build();
    }
}
