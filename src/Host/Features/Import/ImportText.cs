namespace PerfEval.Host.Features.Import;

/// <summary>
/// Every Chinese text of the import: refusals of an upload, the notes beside the fields, and the import pages. One class, so
/// the texts move to resources in one piece.
/// </summary>
internal static partial class ImportText
{
    // ---- Refusals (400 / exit 2; nothing saved) ----
    public static string EmptyFile(string? name) => FormatEmptyFileTemplate(Name(name));

    public static string Encrypted(string? name) => FormatEncryptedTemplate(Name(name));

    public static string OldBinaryFormat(string? name) => FormatOldBinaryFormatTemplate(Name(name));

    public static string NotWordOrText(string? name, string? what) =>
        FormatNotWordOrText_2(Name(name), (what is null ? "" : FormatNotWordOrTextTemplate(what)));

    public static string ExcelNotReport(string? name) => FormatExcelNotReportTemplate(Name(name));

    public static string NotExcel(string? name) => FormatNotExcelTemplate(Name(name));

    public static string TooLarge(long limitBytes) => FormatTooLargeTemplate(Megabytes(limitBytes));

    public static string RecogniserFault(string? name) => FormatRecogniserFaultTemplate(Name(name));

    public static string Megabytes(long bytes) => (bytes / 1024d / 1024d).ToString("0.#", CultureInfo.InvariantCulture) + " MB";

    public static string ComparatorRead(string text, string word, Comparator c) => FormatComparatorReadTemplate(text, word, Sign(c));

    public static string ComparatorAssumed(string text, Comparator c) => FormatComparatorAssumedTemplate(text, Sign(c), Why(c));

    public static string PointsInTargetColumn(decimal targets, decimal actuals) =>
        FormatPointsInTargetColumnTemplate(N(targets), N(actuals));

    public static string PointsFromLevel1Weight(string level1, decimal weight) => FormatPointsFromLevel1WeightTemplate(level1, N(weight));

    public static string PointsFromFullScores(string level1, decimal weight, int rows) =>
        FormatPointsFromFullScoresTemplate(level1, N(weight), rows, N(weight));

    public static string PointsShared(string level1, decimal weight, int rows) =>
        FormatPointsSharedTemplate(level1, N(weight), N(weight), rows);

    public static string LabelReadAs(string written, string field) => FormatLabelReadAsTemplate(written, FieldLabel(field));

    private static string FieldLabel(string field) => field switch
    {
        "preparer" => FieldLabel_preparer,
        "unitName" => FieldLabel_unitName,
        "departmentName" or "projectName" => FieldLabel_projectName,
        _ => field,
    };

    public static string FundingSourceUnmapped(string name, decimal value) => FormatFundingSourceUnmappedTemplate(name, N(value));

    public static string AmountConverted(string text, string unit, decimal wan) => FormatAmountConvertedTemplate(text, unit, N(wan));

    public static string AmountConvertedTo(string text, string unit, decimal value) => FormatAmountConvertedToTemplate(text, N(value), unit);

    public static string ExpenditureUnitInferred(string unit, decimal spent) =>
        unit == ExpenditureUnitInferredTemplate ? FormatExpenditureUnitInferred_2(N(spent)) : FormatExpenditureUnitInferred_3(N(spent));

    public static string DepartmentPairsAsSummary(string table) => FormatDepartmentPairsAsSummaryTemplate(TableName(table));

    public static string DepartmentUnitAssumed(string table) => FormatDepartmentUnitAssumedTemplate(TableName(table));

    public static string KindRequested(ReportKind requested, ReportKind detected) =>
        FormatKindRequestedTemplate(KindLabel(requested), KindLabel(detected));

    public static string FundingFromText(string label, decimal value, string sentence) => FormatFundingFromTextTemplate(label, N(value), sentence);

    public static string FundingAll(string label, decimal value, string sentence) => FormatFundingAllTemplate(sentence, label, N(value));

    public static string NarrativeFrom(string part, IReadOnlyList<string> headings) =>
        FormatNarrativeFrom_2(part, string.Join("、", headings.Distinct().Take(4).Select(h => $"「{h}」")), (headings.Distinct().Count() > 4 ? NarrativeFromTemplate : ""));

    public static string GoalFromText(IReadOnlyList<string> headings) => FormatGoalFromTextTemplate(string.Join("、", headings.Distinct().Select(h => $"「{h}」")));

    public static string ParagraphsNotPlaced(IReadOnlyList<string> paragraphs) =>
        FormatParagraphsNotPlacedTemplate(paragraphs.Count, string.Join("；", paragraphs.Take(3).Select(p => $"「{Short(p)}」")));

    public static string[] TemplateHeaders => [TemplateHeadersTemplate, TemplateHeaders_2, TemplateHeaders_3, TemplateHeaders_4, TemplateHeaders_5, TemplateHeaders_6, TemplateHeaders_7, TemplateHeaders_8, TemplateHeaders_9, TemplateHeaders_10];

    public static string[] TemplateHelp => [
        TemplateHelpTemplate,
        TemplateHelp_2,
        TemplateHelp_3,
        TemplateHelp_4,
        TemplateHelp_5,
    ];

    private static string Name(string? name) => string.IsNullOrWhiteSpace(name) ? "" : $"「{name}」";

    private static string N(decimal v) => v.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Short(string text) => text.Length > 24 ? text[..24] + "…" : text;

    private static string KindLabel(ReportKind kind) => kind == ReportKind.Department ? KindLabelTemplate : KindLabel_2;

    private static string Sign(Comparator c) => c switch
    {
        Comparator.AtLeast => Sign_AtLeast,
        Comparator.AtMost => Sign_AtMost,
        Comparator.Equal => Sign_Equal,
        _ => Sign_Other,
    };

    private static string Why(Comparator c) => c switch
    {
        Comparator.Equal => Why_Equal,
        Comparator.AtMost => Why_AtMost,
        _ => Why_Other,
    };

    private static string TableName(string table) => table switch
    {
        "staffing" => TableName_staffing,
        "revenue" => TableName_revenue,
        "expenditure" => TableName_expenditure,
        "threePublic" => TableName_threePublic,
        _ => TableName_Other,
    };
}
