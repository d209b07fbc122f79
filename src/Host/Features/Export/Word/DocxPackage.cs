using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PerfEval.Host.Features.Export.Word;

/// <summary>
/// The package around the body: styles with the Chinese fonts, font table, settings, A4 page and footer.
/// </summary>
internal static class DocxPackage
{
    /// <summary>A4 in twips (210 × 297 mm).</summary>
    public const int PageWidth = 11906;

    public const int PageHeight = 16838;

    /// <summary>Margins of Word's Chinese default: 2.54 cm top/bottom, 3.17 cm left/right.</summary>
    public const int MarginTopBottom = 1440;

    public const int MarginLeftRight = 1800;

    /// <summary>Width of the text block, which every form table fills.</summary>
    public const int TextWidth = PageWidth - (2 * MarginLeftRight);

    /// <summary>
    /// East Asian text font: 宋体 under its English name SimSun. Word on Windows knows it by either name; the font table
    /// adds the Chinese alt name, the GB2312 charset and the panose so Word elsewhere picks a Song face; LibreOffice asks
    /// fontconfig, whose stock rules (65-nonlatin.conf) map SimSun to a serif CJK face such as Noto Serif CJK SC
    /// (the Chinese name 宋体 is unknown to fontconfig and lands on a sans face).
    /// </summary>
    public const string EastAsianFont = "SimSun";

    public const string EastAsianFontAlt = "宋体";

    public const string LatinFont = "Times New Roman";

    public static byte[] Write(IEnumerable<OpenXmlElement> body)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            AddStyles(main);
            AddFontTable(main);
            AddSettings(main);
            var footerId = AddFooter(main);
            var content = new Body();
            content.Append(body);
            content.Append(Section(footerId));
            main.Document = new Document(content);
            doc.PackageProperties.Creator = "PerfEval";
            doc.PackageProperties.Language = "zh-CN";
        }

        return stream.ToArray();
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = LatinFont, HighAnsi = LatinFont, EastAsia = EastAsianFont, ComplexScript = LatinFont },
                    new FontSize { Val = "21" },
                    new FontSizeComplexScript { Val = "21" },
                    new Languages { Val = "en-US", EastAsia = "zh-CN", Bidi = "ar-SA" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))),
            new Style(
                new StyleName { Val = "Normal" },
                new PrimaryStyle(),
                new StyleParagraphProperties(new Justification { Val = JustificationValues.Both }))
            { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            new Style(new StyleName { Val = "Normal Table" }, new UIPriority { Val = 99 }, new SemiHidden(), new UnhideWhenUsed(),
                new StyleTableProperties(
                    new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
                    new TableCellMarginDefault(
                        new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                        new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                        new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                        new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
            { Type = StyleValues.Table, StyleId = "TableNormal", Default = true },
            new Style(new StyleName { Val = "Footer" }, new BasedOn { Val = "Normal" },
                new StyleParagraphProperties(new Justification { Val = JustificationValues.Center }),
                new StyleRunProperties(new FontSize { Val = "18" }))
            { Type = StyleValues.Paragraph, StyleId = "Footer" });
    }

    private static void AddFontTable(MainDocumentPart main)
    {
        var fonts = main.AddNewPart<FontTablePart>();
        fonts.Fonts = new Fonts(
            FontEntry(EastAsianFont, "86", FontFamilyValues.Auto, panose: "02010600030101010101", altName: EastAsianFontAlt),
            FontEntry(LatinFont, "00", FontFamilyValues.Roman, panose: "02020603050405020304"),
            FontEntry(WordText.SymbolFont, "00", FontFamilyValues.Swiss));
    }

    /// <summary>A font-table entry (variable pitch); the child elements in the order the schema wants them.</summary>
    private static Font FontEntry(string name, string charSet, FontFamilyValues family, string? panose = null, string? altName = null)
    {
        var font = new Font { Name = name };
        if (altName is not null)
        {
            font.Append(new AltName { Val = altName });
        }

        if (panose is not null)
        {
            font.Append(new Panose1Number { Val = panose });
        }

        font.Append(new FontCharSet { Val = charSet }, new FontFamily { Val = family }, new Pitch { Val = FontPitchValues.Variable });
        return font;
    }

    private static void AddSettings(MainDocumentPart main)
    {
        var settings = main.AddNewPart<DocumentSettingsPart>();
        settings.Settings = new Settings(
            new DefaultTabStop { Val = 420 },
            new CharacterSpacingControl { Val = CharacterSpacingValues.CompressPunctuation },
            new ThemeFontLanguages { Val = "en-US", EastAsia = "zh-CN" });
    }

    private static string AddFooter(MainDocumentPart main)
    {
        var footer = main.AddNewPart<FooterPart>();
        // "- 3 -": the page number the way the bureau's forms print it.
        footer.Footer = new Footer(new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = "Footer" }),
            new Run(new Text("- ") { Space = SpaceProcessingModeValues.Preserve }),
            new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " },
            new Run(new Text(" -") { Space = SpaceProcessingModeValues.Preserve })));
        return main.GetIdOfPart(footer);
    }

    private static SectionProperties Section(string footerId) => new(
        new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
        new PageSize { Width = PageWidth, Height = PageHeight },
        new PageMargin
        {
            Top = MarginTopBottom, Bottom = MarginTopBottom, Left = MarginLeftRight, Right = MarginLeftRight,
            Header = 851, Footer = 992, Gutter = 0,
        },
        // The cover has no page number: a distinct first page without a first-page footer.
        // No line grid: snapping every line to a grid pitch makes cover lines and table rows needlessly tall.
        new TitlePage());
}
