using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PerfEval.Rules.Model;

namespace PerfEval.Host.Features.Export.Word;

/// <summary>五、评价报告综述（文字部分）: the six narrative sections in one framed box, as on the form.</summary>
internal static class NarrativePart
{
    public const string Heading = "五、评价报告综述（文字部分）";

    public static IReadOnlyList<(string Title, Func<Narrative, string?> Text)> Sections(string subject) =>
    [
        ($"（一）{subject}基本概况", n => n.Overview),
        ($"（二）{subject}资金使用及管理情况", n => n.FundsUseAndManagement),
        ($"（三）{subject}组织实施情况", n => n.Implementation),
        ("（四）综合评价情况及评价结论", n => n.Conclusion),
        ($"（五）{subject}主要绩效情况分析", n => n.PerformanceAnalysis),
        ("（六）主要经验及做法、存在问题和建议", n => n.ExperienceProblemsSuggestions),
    ];

    public static IEnumerable<OpenXmlElement> Build(ReportDocxContext ctx)
    {
        // One box holding the heading and all six parts, like the form, starting on a new page; the box breaks
        // across pages. (Following straight on, LibreOffice left the heading alone at the foot of a page.)
        List<Paragraph> paragraphs = [WordText.Paragraph(Heading, bold: true, size: WordText.SizeTable)];
        foreach (var (title, text) in Sections(ctx.Subject))
        {
            paragraphs.Add(WordText.Paragraph(title, bold: true, size: WordText.SizeTable, spaceBefore: 120));
            paragraphs.AddRange(WordText.Lines(text(ctx.Content.Narrative), WordText.SizeTable, JustificationValues.Both, firstLineIndent: true, lineMultiple: 1.2));
        }

        yield return WordText.PageBreakBefore();
        yield return new FormTable([DocxPackage.TextWidth]).AddRow(false, canSplit: true, new FormCell { Align = JustificationValues.Left, Paragraphs = paragraphs }).Build();
    }
}
