namespace PerfEval.Host.Features.Import;

/// <summary>
/// Every Chinese text of the import: refusals of an upload, the notes beside the fields, and the import pages. One class, so
/// the texts move to resources in one piece.
/// </summary>
public static class ImportText
{
    private static readonly TextResources R = new(typeof(ImportText));

    // ---- Refusals (400 / exit 2; nothing saved) ----
    public static string EmptyFile(string? name) => R.Format("EmptyFile", Name(name));

    public static string Encrypted(string? name) => R.Format("Encrypted", Name(name));

    public static string OldBinaryFormat(string? name) => R.Format("OldBinaryFormat", Name(name));

    public static string NotWordOrText(string? name, string? what) =>
        R.Format("NotWordOrText_2", Name(name), (what is null ? "" : R.Format("NotWordOrText", what)));

    public static string ExcelNotReport(string? name) => R.Format("ExcelNotReport", Name(name));

    public static string NotExcel(string? name) => R.Format("NotExcel", Name(name));

    public static string CorruptDocx(string detail) => R.Format("CorruptDocx", detail);

    public static string NoBody => R[nameof(NoBody)];

    public static string NotAReport => R[nameof(NotAReport)];

    public static string TooLarge(long limitBytes) => R.Format("TooLarge", Megabytes(limitBytes));

    public static string NoFile => R[nameof(NoFile)];

    public static string RecogniserFault(string? name) => R.Format("RecogniserFault", Name(name));

    public static string UnknownKind(string? kind) => R.Format("UnknownKind", kind);

    public static string Megabytes(long bytes) => (bytes / 1024d / 1024d).ToString("0.#", CultureInfo.InvariantCulture) + " MB";

    // ---- Notes: dates ----
    public static string MonthOnly(string text) => R.Format("MonthOnly", text);

    public static string OpenEnded(string text) => R.Format("OpenEnded", text);

    public static string PeriodStartOnly(string text) => R.Format("PeriodStartOnly", text);

    public static string YearOnlyPeriod(string text, int year) => R.Format("YearOnlyPeriod", text, year);

    public static string NotADate(string text) => R.Format("NotADate", text);

    public static string CoverDateAsReportDate(string text) => R.Format("CoverDateAsReportDate", text);

    // ---- Notes: indicators ----
    public static string TargetIsDate(string text) => R.Format("TargetIsDate", text);

    public static string QualitativeTarget(string text) => R.Format("QualitativeTarget", text);

    public static string ComparatorWithoutNumber(string text) => R.Format("ComparatorWithoutNumber", text);

    public static string ComparatorRead(string text, string word, Comparator c) => R.Format("ComparatorRead", text, word, Sign(c));

    public static string ComparatorAssumed(string text, Comparator c) => R.Format("ComparatorAssumed", text, Sign(c), Why(c));

    public static string PlaceholderRow(string name) => R.Format("PlaceholderRow", name);

    public static string Level3FromLevel2(string name) => R.Format("Level3FromLevel2", name);

    public static string PointsInTargetColumn(decimal targets, decimal actuals) =>
        R.Format("PointsInTargetColumn", N(targets), N(actuals));

    public static string TablesMerged(int count) => R.Format("TablesMerged", count);

    public static string RowOnlyInFirstTable(string name) => R.Format("RowOnlyInFirstTable", name);

    public static string PointsFromLevel1Weight(string level1, decimal weight) => R.Format("PointsFromLevel1Weight", level1, N(weight));

    public static string PointsFromFullScores(string level1, decimal weight, int rows) =>
        R.Format("PointsFromFullScores", level1, N(weight), rows, N(weight));

    public static string PointsShared(string level1, decimal weight, int rows) =>
        R.Format("PointsShared", level1, N(weight), N(weight), rows);

    public static string PointsMergedCell(string name) => R.Format("PointsMergedCell", name);

    public static string PointsBlankReadAsMerged(string name) => R.Format("PointsBlankReadAsMerged", name);

    public static string NotANumber(string label, string text) => R.Format("NotANumber", label, text);

    public static string BudgetExecutionRow => R[nameof(BudgetExecutionRow)];

    public static string ReasonFromText(string heading) => R.Format("ReasonFromText", heading);

    // ---- Notes: funding and tables ----
    public static string FundingLabelJudged(string written, string readAs) => R.Format("FundingLabelJudged", written, readAs);

    public static string LabelReadAs(string written, string field) => R.Format("LabelReadAs", written, FieldLabel(field));

    private static string FieldLabel(string field) => field switch
    {
        "preparer" => R["FieldLabel_preparer"],
        "unitName" => R["FieldLabel_unitName"],
        "departmentName" or "projectName" => R["FieldLabel_projectName"],
        _ => field,
    };

    public static string FundingSourceUnmapped(string name, decimal value) => R.Format("FundingSourceUnmapped", name, N(value));

    public static string AmountConverted(string text, string unit, decimal wan) => R.Format("AmountConverted", text, unit, N(wan));

    public static string AmountConvertedTo(string text, string unit, decimal value) => R.Format("AmountConvertedTo", text, N(value), unit);

    public static string FundingUnitAssumed => R[nameof(FundingUnitAssumed)];

    public static string ExpenditureUnitInferred(string unit, decimal spent) =>
        unit == R["ExpenditureUnitInferred"] ? R.Format("ExpenditureUnitInferred_2", N(spent)) : R.Format("ExpenditureUnitInferred_3", N(spent));

    public static string ExpenditureUnitAssumed => R[nameof(ExpenditureUnitAssumed)];

    public static string SummaryInstitution => R[nameof(SummaryInstitution)];

    public static string DepartmentPairsAsSummary(string table) => R.Format("DepartmentPairsAsSummary", TableName(table));

    public static string DepartmentUnitAssumed(string table) => R.Format("DepartmentUnitAssumed", TableName(table));

    public static string GradeNotAGrade(string text) => R.Format("GradeNotAGrade", text);

    public static string SeveralTypesTicked(string text) => R.Format("SeveralTypesTicked", text);

    public static string AnswerLineUnknown(string line) => R.Format("AnswerLineUnknown", line);

    public static string KindRequested(ReportKind requested, ReportKind detected) =>
        R.Format("KindRequested", KindLabel(requested), KindLabel(detected));

    // ---- Notes: running text ----
    public static string FromText(string label, string sentence) => R.Format("FromText", label, sentence);

    public static string UnitFromTitle(string unit) => R.Format("UnitFromTitle", unit);

    public static string UnitFromDepartmentName(string name) => R.Format("UnitFromDepartmentName", name);

    public static string YearFromPeriod(int year) => R.Format("YearFromPeriod", year);

    public static string YearFromText(int year) => R.Format("YearFromText", year);

    public static string YearFromReportDate(int year) => R.Format("YearFromReportDate", year);

    public static string FundingFromText(string label, decimal value, string sentence) => R.Format("FundingFromText", label, N(value), sentence);

    public static string FundingAll(string label, decimal value, string sentence) => R.Format("FundingAll", sentence, label, N(value));

    public static string FundingLevelFromText(string word, string sentence) => R.Format("FundingLevelFromText", word, sentence);

    public static string FundingNoTable => R[nameof(FundingNoTable)];

    public static string NarrativeFrom(string part, IReadOnlyList<string> headings) =>
        R.Format("NarrativeFrom_2", part, string.Join("、", headings.Distinct().Take(4).Select(h => $"「{h}」")), (headings.Distinct().Count() > 4 ? R["NarrativeFrom"] : ""));

    public static string DepartmentPartInProject(string label) => R.Format("DepartmentPartInProject", label);

    public static string GoalFromText(IReadOnlyList<string> headings) => R.Format("GoalFromText", string.Join("、", headings.Distinct().Select(h => $"「{h}」")));

    public static string GoalActualNotFound => R[nameof(GoalActualNotFound)];

    public static string IndicatorTextMoved => R[nameof(IndicatorTextMoved)];

    public static string ParagraphsNotPlaced(IReadOnlyList<string> paragraphs) =>
        R.Format("ParagraphsNotPlaced", paragraphs.Count, string.Join("；", paragraphs.Take(3).Select(p => $"「{Short(p)}」")));

    public static string NotFound(string label) => R.Format("NotFound", label);

    // ---- Excel indicator import ----
    public static string SheetNoHeader => R[nameof(SheetNoHeader)];

    public static string TemplateSheet => R[nameof(TemplateSheet)];
    public static string TemplateHelpSheet => R[nameof(TemplateHelpSheet)];

    public static string[] TemplateHeaders => [R["TemplateHeaders"], R["TemplateHeaders_2"], R["TemplateHeaders_3"], R["TemplateHeaders_4"], R["TemplateHeaders_5"], R["TemplateHeaders_6"], R["TemplateHeaders_7"], R["TemplateHeaders_8"], R["TemplateHeaders_9"], R["TemplateHeaders_10"]];

    public static string[] TemplateHelp => [
        R["TemplateHelp"],
        R["TemplateHelp_2"],
        R["TemplateHelp_3"],
        R["TemplateHelp_4"],
        R["TemplateHelp_5"],
    ];

    // ---- UI ----
    public static string ImportWord => R[nameof(ImportWord)];
    public static string ImportTitle => R[nameof(ImportTitle)];
    public static string ReplaceTitle => R[nameof(ReplaceTitle)];
    public static string ImportIntro => R[nameof(ImportIntro)];
    public static string ReplaceIntro => R[nameof(ReplaceIntro)];
    public static string ChooseFile => R[nameof(ChooseFile)];
    public static string KindAuto => R[nameof(KindAuto)];
    public static string KindField => R[nameof(KindField)];
    public static string RoundField => R[nameof(RoundField)];
    public static string NoRound => R[nameof(NoRound)];
    public static string Reading => R[nameof(Reading)];
    public static string NotesTitle => R[nameof(NotesTitle)];
    public static string NoNotes => R[nameof(NoNotes)];
    public static string ConfirmCreate => R[nameof(ConfirmCreate)];
    public static string ConfirmReplace => R[nameof(ConfirmReplace)];
    public static string ReplaceQuestion => R[nameof(ReplaceQuestion)];
    public static string ReplaceYes => R[nameof(ReplaceYes)];
    public static string Cancel => R[nameof(Cancel)];
    public static string ChooseAnother => R[nameof(ChooseAnother)];
    public static string Replaced => R[nameof(Replaced)];
    public static string Created => R[nameof(Created)];
    public static string NotesAtFields => R[nameof(NotesAtFields)];

    public static string Places(int count) => R.Format("Places", count);
    public static string ImportExcel => R[nameof(ImportExcel)];
    public static string DownloadTemplate => R[nameof(DownloadTemplate)];
    public static string ExcelPreviewTitle => R[nameof(ExcelPreviewTitle)];
    public static string ExcelReplace => R[nameof(ExcelReplace)];
    public static string ExcelRows => R[nameof(ExcelRows)];
    public static string ReviewHeading => R[nameof(ReviewHeading)];
    public static string FileLimit => R[nameof(FileLimit)];
    public static string NotAllowed => R[nameof(NotAllowed)];
    public static string NotDraft => R[nameof(NotDraft)];

    public static string ImportedFrom(string fileName, int notes) => R.Format("ImportedFrom", fileName, notes);

    public static string NoteCount(int count) => R.Format("NoteCount", count);

    private static string Name(string? name) => string.IsNullOrWhiteSpace(name) ? "" : $"「{name}」";

    private static string N(decimal v) => v.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Short(string text) => text.Length > 24 ? text[..24] + "…" : text;

    private static string KindLabel(ReportKind kind) => kind == ReportKind.Department ? R["KindLabel"] : R["KindLabel_2"];

    private static string Sign(Comparator c) => c switch
    {
        Comparator.AtLeast => R["Sign_AtLeast"],
        Comparator.AtMost => R["Sign_AtMost"],
        Comparator.Equal => R["Sign_Equal"],
        _ => R["Sign_Other"],
    };

    private static string Why(Comparator c) => c switch
    {
        Comparator.Equal => R["Why_Equal"],
        Comparator.AtMost => R["Why_AtMost"],
        _ => R["Why_Other"],
    };

    private static string TableName(string table) => table switch
    {
        "staffing" => R["TableName_staffing"],
        "revenue" => R["TableName_revenue"],
        "expenditure" => R["TableName_expenditure"],
        "threePublic" => R["TableName_threePublic"],
        _ => R["TableName_Other"],
    };

    public static string ImportModuleTooLarge => R[nameof(ImportModuleTooLarge)];

    public static string ImportModuleNoFile => R[nameof(ImportModuleNoFile)];
}
