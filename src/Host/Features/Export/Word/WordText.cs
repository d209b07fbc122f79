using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PerfEval.Host.Features.Export.Word;

/// <summary>Paragraph and run helpers; sizes are in half-points as Word stores them (21 = 五号 10.5 pt).</summary>
internal static class WordText
{
    /// <summary>小二 18 pt (cover title: one line of up to 23 characters).</summary>
    public const int SizeTitle = 36;

    /// <summary>四号 14 pt (cover fields).</summary>
    public const int SizeCover = 28;

    /// <summary>四号 14 pt (section headings).</summary>
    public const int SizeHeading = 28;

    /// <summary>小四 12 pt (narrative body).</summary>
    public const int SizeBody = 24;

    /// <summary>五号 10.5 pt (tables).</summary>
    public const int SizeTable = 21;

    /// <summary>小五 9 pt (dense tables).</summary>
    public const int SizeSmall = 18;

    /// <summary>Font that holds ☑ and □ in Word on Windows; LibreOffice falls back by glyph.</summary>
    public const string SymbolFont = "Segoe UI Symbol";

    public static Run Run(string text, bool bold = false, int? size = null, bool underline = false, string? font = null)
    {
        var props = new RunProperties();
        if (font is not null)
        {
            props.RunFonts = new RunFonts { Ascii = font, HighAnsi = font, EastAsia = font, ComplexScript = font };
        }

        if (bold)
        {
            props.Bold = new Bold();
            props.BoldComplexScript = new BoldComplexScript();
        }

        if (underline)
        {
            props.Underline = new Underline { Val = UnderlineValues.Single };
        }

        if (size is { } s)
        {
            props.FontSize = new FontSize { Val = s.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            props.FontSizeComplexScript = new FontSizeComplexScript { Val = s.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        }

        // Reports stored before input was checked may hold characters XML refuses: drop them rather than fail the export.
        return new Run(props, new Text(PerfEval.Rules.Loading.TextSafety.Clean(text)) { Space = SpaceProcessingModeValues.Preserve });
    }

    public static Paragraph Paragraph(
        IEnumerable<Run> runs, JustificationValues? align = null, bool firstLineIndent = false,
        int spaceBefore = 0, int spaceAfter = 0, bool keepNext = false, double lineMultiple = 1.0)
    {
        var props = new ParagraphProperties
        {
            KeepNext = keepNext ? new KeepNext() : null,
            SpacingBetweenLines = new SpacingBetweenLines
            {
                Before = spaceBefore.ToString(System.Globalization.CultureInfo.InvariantCulture),
                After = spaceAfter.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Line = ((int)(240 * lineMultiple)).ToString(System.Globalization.CultureInfo.InvariantCulture),
                LineRule = LineSpacingRuleValues.Auto,
            },
            // Two-character first-line indent, as Chinese prose is typeset.
            // FirstLineChars for Word, FirstLine (two 五号 characters) for LibreOffice, which ignores the former.
            Indentation = firstLineIndent ? new Indentation { FirstLineChars = 200, FirstLine = "420" } : null,
            Justification = align is { } a ? new Justification { Val = a } : null,
        };
        var p = new Paragraph(props);
        p.Append(runs);
        return p;
    }

    public static Paragraph Paragraph(string? text, bool bold = false, int? size = null, JustificationValues? align = null, bool firstLineIndent = false, int spaceBefore = 0, int spaceAfter = 0, bool keepNext = false)
        => Paragraph([Run(text ?? "", bold, size)], align, firstLineIndent, spaceBefore, spaceAfter, keepNext);

    /// <summary>One paragraph per line of <paramref name="text"/> (at least one, so a cell is never empty).</summary>
    public static IEnumerable<Paragraph> Lines(string? text, int? size = null, JustificationValues? align = null, bool firstLineIndent = false, double lineMultiple = 1.0)
    {
        var lines = (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        return lines.Select(l => Paragraph([Run(l, size: size)], align, firstLineIndent, lineMultiple: lineMultiple));
    }

    public static Paragraph PageBreak() => new(new Run(new Break { Type = BreakValues.Page }));

    /// <summary>A tiny paragraph that starts a new page, so what follows (e.g. a table) begins at the top.</summary>
    public static Paragraph PageBreakBefore()
    {
        var p = Spacer();
        p.ParagraphProperties!.PageBreakBefore = new PageBreakBefore();
        return p;
    }

    /// <summary>A small gap between two tables (Word would otherwise join adjacent tables).</summary>
    public static Paragraph Spacer() => Paragraph([Run("", size: 8)]);
}
