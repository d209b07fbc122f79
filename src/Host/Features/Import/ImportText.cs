using System.Globalization;
using PerfEval.Rules.Model;

namespace PerfEval.Host.Features.Import;

/// <summary>
/// Every Chinese text of the import: refusals of an upload, the notes beside the fields, and the import pages. One class, so
/// the texts move to resources in one piece.
/// </summary>
public static class ImportText
{
    // ---- Refusals (400 / exit 2; nothing saved) ----
    public static string EmptyFile(string? name) => $"文件{Name(name)}是空的。";

    public static string Encrypted(string? name) => $"文件{Name(name)}设置了打开密码（已加密），无法读取。请在 Word 中取消密码（文件 → 信息 → 保护文档 → 用密码进行加密，清空密码）后另存为 .docx 再导入。";

    public static string OldBinaryFormat(string? name) => $"文件{Name(name)}是旧版 Word 97-2003 格式（.doc），无法读取。请在 Word 中另存为 .docx 后再导入。";

    public static string NotWordOrText(string? name, string? what) =>
        $"文件{Name(name)}不是 Word 文档（.docx）或其复制出的文本（.txt）{(what is null ? "" : $"，而是 {what} 文件")}。请上传自评报告的 Word 文件，或把报告全文复制到文本文件中上传。";

    public static string ExcelNotReport(string? name) => $"文件{Name(name)}是 Excel 表格。导入自评报告请上传 Word 文件；Excel 绩效目标表请在报告的“绩效指标”部分用“从 Excel 导入指标”导入。";

    public static string NotExcel(string? name) => $"文件{Name(name)}不是 Excel 表格（.xlsx）。请上传按模板填写的绩效目标表。";

    public static string CorruptDocx(string detail) => $"Word 文件已损坏或不完整，无法打开（{detail}）。请在 Word 中打开并另存为 .docx 后再导入。";

    public const string NoBody = "文档中没有正文";

    public const string NotAReport = "文件中没有找到绩效自评报告的内容（资金情况、绩效指标、评价人员、基本概况等均未找到），未导入。请确认上传的是财政支出绩效自评报告。";

    public static string TooLarge(long limitBytes) => $"文件超过大小上限 {Megabytes(limitBytes)}（Import:MaxFileBytes），未导入。";

    public const string NoFile = "请选择要导入的文件（表单字段 file）。";

    public static string RecogniserFault(string? name) => $"无法识别文件{Name(name)}的内容（导入程序遇到意外的版式，已记录以便修正）。请改为上传报告全文复制出的文本，或手工填写。";

    public static string UnknownKind(string? kind) => $"未知的报告类型“{kind}”，可选：project、department。";

    public static string Megabytes(long bytes) => (bytes / 1024d / 1024d).ToString("0.#", CultureInfo.InvariantCulture) + " MB";

    // ---- Notes: dates ----
    public static string MonthOnly(string text) => $"「{text}」只写到月份，按月份保存（不补日期）";

    public static string OpenEnded(string text) => $"「{text}」为“起至今”，按起始日期保存，结束时间留空";

    public static string PeriodStartOnly(string text) => $"「{text}」只有一个日期，作为起始时间，结束时间留空";

    public static string YearOnlyPeriod(string text, int year) => $"「{text}」只写了年份，按 {year} 年 1 月至 12 月（月份）保存";

    public static string NotADate(string text) => $"「{text}」不是可识别的日期，未导入，请填写";

    public static string CoverDateAsReportDate(string text) => $"封面单独一行的日期「{text}」作为报告日期";

    // ---- Notes: indicators ----
    public static string TargetIsDate(string text) => $"指标值「{text}」是时间，按定性指标读";

    public static string QualitativeTarget(string text) => $"指标值「{text}」不是数值，按定性指标读";

    public static string ComparatorWithoutNumber(string text) => $"指标值「{text}」有比较词但没有数值，按定性指标读";

    public static string ComparatorRead(string text, string word, Comparator c) => $"比较方式由指标值「{text}」中的「{word}」读出：{Sign(c)}";

    public static string ComparatorAssumed(string text, Comparator c) => $"指标值「{text}」未写比较符号，按{Sign(c)}读（{Why(c)}）";

    public static string PlaceholderRow(string name) => $"「{name}」一行填“/”，未导入";

    public static string Level3FromLevel2(string name) => $"三级指标空白，用上一级指标名「{name}」";

    public static string PointsInTargetColumn(decimal targets, decimal actuals) =>
        $"指标表没有分值、得分两列，而「指标值」一列均为数字且合计 {N(targets)} 分、「实际完成值」合计 {N(actuals)} 分：按分值和自评得分读，各行按定性指标处理";

    public static string TablesMerged(int count) => $"报告中有 {count} 张列出同一批指标的表（目标表和完成情况表），已按三级指标合并为一张";

    public static string RowOnlyInFirstTable(string name) => $"「{name}」只出现在前一张指标表中，已保留";

    public static string PointsFromLevel1Weight(string level1, decimal weight) => $"本行没有分值列，分值取自一级指标「{level1}（{N(weight)}分）」（该类只有这一行）";

    public static string PointsFromFullScores(string level1, decimal weight, int rows) =>
        $"本行没有分值列；一级指标「{level1}（{N(weight)}分）」下 {rows} 行自评得分之和正好为 {N(weight)} 分，各行得分不能超过分值，故每行分值即其得分";

    public static string PointsShared(string level1, decimal weight, int rows) =>
        $"本行没有分值列；一级指标「{level1}（{N(weight)}分）」的 {N(weight)} 分由 {rows} 行共用，按一组计分，未拆分到各行";

    public static string PointsMergedCell(string name) => $"「{name}」的分值是与上行合并的单元格，按一组共用分值（不拆分）";

    public static string PointsBlankReadAsMerged(string name) => $"「{name}」的分值和得分空白，上行有分值：按合并单元格读作与上行共用分值（如不是合并单元格，请填写本行分值）";

    public static string NotANumber(string label, string text) => $"{label}「{text}」不是数字，未导入";

    public const string BudgetExecutionRow = "预算执行率的分值、执行率和得分写在资金表旁，作为指标表的“预算执行率”一行";

    public static string ReasonFromText(string heading) => $"偏差原因取自正文「{heading}」（表中未写）";

    // ---- Notes: funding and tables ----
    public static string FundingLabelJudged(string written, string readAs) => $"「{written}」按「{readAs}」读";

    public static string LabelReadAs(string written, string field) => $"「{written}」按「{FieldLabel(field)}」读";

    private static string FieldLabel(string field) => field switch
    {
        "preparer" => "填报人",
        "unitName" => "项目单位",
        "departmentName" or "projectName" => "项目名称",
        _ => field,
    };

    public static string FundingSourceUnmapped(string name, decimal value) => $"资金来源「{name}」{N(value)} 不分中央/省/市/县，只计入合计";

    public static string AmountConverted(string text, string unit, decimal wan) => $"「{text}」以{unit}为单位，换算为 {N(wan)} 万元";

    public static string AmountConvertedTo(string text, string unit, decimal value) => $"「{text}」与表头单位不同，换算为 {N(value)} {unit}";

    public const string FundingUnitAssumed = "资金表未写单位，按万元读";

    public static string ExpenditureUnitInferred(string unit, decimal spent) =>
        unit == "元" ? $"支出明细未写单位；各行金额是实际支出 {N(spent)} 万元的一万倍，按元读" : $"支出明细未写单位；金额与实际支出 {N(spent)} 万元一致，按万元读";

    public const string ExpenditureUnitAssumed = "支出明细未写单位，按万元读";

    public const string SummaryInstitution = "合计";

    public static string DepartmentPairsAsSummary(string table) => $"{TableName(table)}的数字以“项目 | 数值”列出（没有分机构的表），作为合计行";

    public static string DepartmentUnitAssumed(string table) => $"{TableName(table)}未写单位，按万元读";

    public static string GradeNotAGrade(string text) => $"评价等次写的是「{text}」，不是等次，照录（数据校验会提示）";

    public static string SeveralTypesTicked(string text) => $"评价类型「{text}」勾选了不止一项，未导入";

    public static string AnswerLineUnknown(string line) => $"无法识别的填报内容「{line}」，未导入";

    public static string KindRequested(ReportKind requested, ReportKind detected) =>
        $"按指定的类型“{KindLabel(requested)}”导入（报告看起来是“{KindLabel(detected)}”）";

    // ---- Notes: running text ----
    public static string FromText(string label, string sentence) => $"{label}取自正文：「{sentence}」";

    public static string UnitFromTitle(string unit) => $"单位名称取自标题「{unit}」";

    public static string UnitFromDepartmentName(string name) => $"预算单位未单独填写，用部门名称「{name}」";

    public static string YearFromPeriod(int year) => $"标题未写年度，按项目起止时间读作 {year} 年度";

    public static string YearFromText(int year) => $"标题未写年度，按正文中的「{year}年度」读";

    public static string YearFromReportDate(int year) => $"未找到评价年度，按报告日期的上一年读作 {year} 年度";

    public static string FundingFromText(string label, decimal value, string sentence) => $"报告没有资金表，{label} {N(value)} 万元取自正文：「{sentence}」";

    public static string FundingAll(string label, decimal value, string sentence) => $"报告没有资金表，正文称「{sentence}」，{label}按 {N(value)} 万元";

    public static string FundingLevelFromText(string word, string sentence) => $"资金来源按正文中唯一提到的「{word}」列入对应栏：「{sentence}」";

    public const string FundingNoTable = "报告没有资金表，资金情况由正文读出，请核对";

    public static string NarrativeFrom(string part, IReadOnlyList<string> headings) =>
        $"「{part}」由正文{string.Join("、", headings.Distinct().Take(4).Select(h => $"「{h}」"))}{(headings.Distinct().Count() > 4 ? "等" : "")}下的文字组成";

    public static string DepartmentPartInProject(string label) => $"项目支出报告没有「{label}」一栏，该段文字并入项目概况";

    public static string GoalFromText(IReadOnlyList<string> headings) => $"绩效目标取自正文{string.Join("、", headings.Distinct().Select(h => $"「{h}」"))}";

    public const string GoalActualNotFound = "报告未写目标的实际完成情况，请填写";

    public const string IndicatorTextMoved = "“绩效指标”标题下的文字并入“主要绩效情况分析”";

    public static string ParagraphsNotPlaced(IReadOnlyList<string> paragraphs) =>
        $"{paragraphs.Count} 段文字不在任何标题下，未导入：{string.Join("；", paragraphs.Take(3).Select(p => $"「{Short(p)}」"))}";

    public static string NotFound(string label) => $"报告中未找到「{label}」，请填写";

    // ---- Excel indicator import ----
    public const string SheetNoHeader = "表格中没有找到绩效指标表的表头（需要“一级指标”“二级指标”“三级指标”以及“指标值”或“分值”等列）。请使用下载的模板。";

    public const string TemplateSheet = "绩效指标";
    public const string TemplateHelpSheet = "填写说明";

    public static readonly string[] TemplateHeaders = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位", "实际完成值", "分值", "自评得分", "偏差原因"];

    public static readonly string[] TemplateHelp =
    [
        "每个三级指标填一行；一级、二级指标可以合并单元格，或只在第一行填写。",
        "指标性质：≥（正向）、≤（反向）、=（等于）或“定性”；不填时由指标值读出（如“≥95%”“不超过870万”），并在导入时提示。",
        "指标值、实际完成值照实填写（如“4000户”“≥95%”），数值和计量单位由导入读出；也可在“计量单位”列单独填写单位。",
        "分值空白表示未填（不是 0）；几行共用一个分值时，把分值单元格合并。",
        "导入只替换报告中的“绩效指标”部分，确认后随报告一起保存。",
    ];

    // ---- UI ----
    public const string ImportWord = "导入Word报告";
    public const string ImportTitle = "导入自评报告";
    public const string ReplaceTitle = "导入Word报告并替换草稿内容";
    public const string ImportIntro = "上传本单位按财政局模板填写的自评报告 Word 文件（.docx），或把报告全文复制后存成的文本文件（.txt）。PerfEval 按表格和栏目名称识别各部分，把每处判断写在对应栏目旁，请逐条核对后再保存为草稿。";
    public const string ReplaceIntro = "上传的报告将替换本草稿的全部内容（工作流写入的签署意见除外）。请核对后再确认替换。";
    public const string ChooseFile = "选择文件";
    public const string KindAuto = "自动识别";
    public const string KindField = "报告类型";
    public const string RoundField = "自评任务";
    public const string NoRound = "（不属于任何自评任务）";
    public const string Reading = "正在识别…";
    public const string NotesTitle = "导入提示（请逐条核对）";
    public const string NoNotes = "全部栏目均按原文识别，没有需要提示的判断。";
    public const string ConfirmCreate = "确认并保存为草稿";
    public const string ConfirmReplace = "确认并替换草稿内容";
    public const string ReplaceQuestion = "确定用导入的内容替换本草稿的全部内容吗？替换后原内容无法恢复。";
    public const string ReplaceYes = "替换";
    public const string Cancel = "取消";
    public const string ChooseAnother = "重新选择文件";
    public const string Replaced = "已用导入的内容替换草稿";
    public const string Created = "已保存为草稿";
    public const string NotesAtFields = "同样的提示也显示在对应栏目下方；核对或修改后保存即可。";

    public static string Places(int count) => $"（{count} 处）";
    public const string ImportExcel = "从 Excel 导入指标";
    public const string DownloadTemplate = "下载模板";
    public const string ExcelPreviewTitle = "从 Excel 读出的绩效指标";
    public const string ExcelReplace = "替换本报告的绩效指标";
    public const string ExcelRows = "行指标";
    public const string ReviewHeading = "核对导入内容";
    public const string FileLimit = "文件大小上限";
    public const string NotAllowed = "只有本单位的填报人或负责人可以导入报告。";
    public const string NotDraft = "只有草稿可以用导入的内容替换。";

    public static string ImportedFrom(string fileName, int notes) => $"已识别「{fileName}」，共 {notes} 条提示";

    public static string NoteCount(int count) => $"{count} 条提示";

    private static string Name(string? name) => string.IsNullOrWhiteSpace(name) ? "" : $"「{name}」";

    private static string N(decimal v) => v.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Short(string text) => text.Length > 24 ? text[..24] + "…" : text;

    private static string KindLabel(ReportKind kind) => kind == ReportKind.Department ? "部门整体支出" : "项目支出";

    private static string Sign(Comparator c) => c switch
    {
        Comparator.AtLeast => "≥（正向）",
        Comparator.AtMost => "≤（反向）",
        Comparator.Equal => "=（等于）",
        _ => "定性",
    };

    private static string Why(Comparator c) => c switch
    {
        Comparator.Equal => "指标名含“标准”",
        Comparator.AtMost => "成本、费用类指标",
        _ => "数值型指标默认正向",
    };

    private static string TableName(string table) => table switch
    {
        "staffing" => "人员编制表",
        "revenue" => "收入表",
        "expenditure" => "支出表",
        "threePublic" => "“三公”经费表",
        _ => "固定资产表",
    };
}
