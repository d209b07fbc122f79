using PerfEval.Host.Features.Export;
using PerfEval.Host.Features.Export.Excel;
using PerfEval.Host.Features.Import.Recognition;
using PerfEval.Host.Features.Import.Source;

namespace PerfEval.Host.Features.Import;

/// <summary>
/// Reads an uploaded Word report (.docx) or its pasted text into a preview of a draft — saved nowhere. Allowed to whoever may
/// create a report of the kind found (preparer or unit head of their unit, the department for a department report, the
/// finance admin). Unreadable input is a 400 on <c>file</c>; nothing is ever written.
/// </summary>
public sealed record ImportReport(UserContext User, string? FileName, byte[] Content, ReportKind? Kind = null) : IQuery<ImportPreview>;

public sealed partial class ImportReportHandler(IOptions<ImportOptions> options, ILogger<ImportReportHandler> logger) : IQueryHandler<ImportReport, ImportPreview>
{
    public ValueTask<ImportPreview> Handle(ImportReport query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ImportAccess.EnsureMayCreate(query.User, query.Kind);
        ImportAccess.EnsureSize(query.Content, options.Value.MaxFileBytes);
        ImportPreview preview;
        try
        {
            preview = ImportAccess.Recognise(query.Content, query.FileName, query.Kind);
        }
        catch (ImportRefusedException e)
        {
            throw new BadInputException("file", e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // An upload must never be a 500: a form the recogniser trips on is refused, and the fault is logged to be fixed.
            LogRecogniserFault(logger, e, query.FileName);
            throw new BadInputException("file", ImportText.RecogniserFault(query.FileName));
        }

        ImportAccess.EnsureMayCreate(query.User, preview.Kind);
        return ValueTask.FromResult(preview);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Import could not recognise {FileName}")]
    private static partial void LogRecogniserFault(ILogger logger, Exception exception, string? fileName);
}

/// <summary>Reads an Excel 绩效目标表 (.xlsx) into indicator rows for a draft's indicator section; saved nowhere.</summary>
public sealed record ImportIndicators(UserContext User, string? FileName, byte[] Content) : IQuery<IndicatorImportPreview>;

public sealed class ImportIndicatorsHandler(IOptions<ImportOptions> options) : IQueryHandler<ImportIndicators, IndicatorImportPreview>
{
    public ValueTask<IndicatorImportPreview> Handle(ImportIndicators query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ImportAccess.EnsureMayCreate(query.User, null);
        ImportAccess.EnsureSize(query.Content, options.Value.MaxFileBytes);
        try
        {
            return ValueTask.FromResult(IndicatorSheet.Read(query.Content, query.FileName));
        }
        catch (ImportRefusedException e)
        {
            throw new BadInputException("file", e.Message);
        }
    }
}

/// <summary>The Excel template of the indicator table (绩效指标 sheet with the columns the import reads, and 填写说明).</summary>
public sealed record GetIndicatorTemplate : IQuery<ExportFile>;

public sealed class GetIndicatorTemplateHandler : IQueryHandler<GetIndicatorTemplate, ExportFile>
{
    public ValueTask<ExportFile> Handle(GetIndicatorTemplate query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new ExportFile(IndicatorSheet.Template(), ExportFile.XlsxContentType, "绩效指标导入模板.xlsx", "perfeval-indicators-template.xlsx"));
}

/// <summary>The Excel side of the indicator import: reading a sheet and writing the template.</summary>
public static class IndicatorSheet
{
    /// <summary>The indicator rows of an .xlsx, with notes; refuses a file that is not Excel or has no indicator table.</summary>
    public static IndicatorImportPreview Read(byte[] content, string? fileName)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (ImportFile.Detect(content, fileName) != ImportFormat.Xlsx)
        {
            throw new ImportRefusedException(ImportText.NotExcel(fileName));
        }

        var ctx = new RecognitionContext(XlsxSourceReader.Read(content), ReportKind.Project);
        IndicatorTables.Run(ctx);
        return ctx.Report.Indicators.Count == 0
            ? throw new ImportRefusedException(ImportText.SheetNoHeader)
            : new IndicatorImportPreview(ctx.Report.Indicators, [.. ctx.Notes]);
    }

    /// <summary>The template: the columns the import reads, and how to fill them in.</summary>
    public static byte[] Template() => XlsxWriter.Write(
    [
        new XlsxSheet(ImportText.TemplateSheet, [.. ImportText.TemplateHeaders.Select(h => new XlsxColumn(h, h.Length > 4 ? 24 : 14))], []),
        new XlsxSheet(ImportText.TemplateHelpSheet, [new XlsxColumn(ImportText.TemplateHelpSheet, 100)], [.. ImportText.TemplateHelp.Select(t => (IReadOnlyList<object?>)[t])]),
    ]);
}

/// <summary>Who may import, and how large an upload may be.</summary>
internal static class ImportAccess
{
    /// <summary>Import is for those who may create a report: of the given kind, or of either kind when not known yet.</summary>
    public static void EnsureMayCreate(UserContext user, ReportKind? kind)
    {
        ArgumentNullException.ThrowIfNull(user);
        var allowed = kind is { } k
            ? ReportAccess.MayWrite(user, user.OrgId, k)
            : ReportAccess.MayWrite(user, user.OrgId, ReportKind.Project) || ReportAccess.MayWrite(user, user.OrgId, ReportKind.Department);
        if (!allowed)
        {
            throw new ForbiddenException(ImportText.NotAllowed);
        }
    }

    /// <summary>Reads and recognises a report upload (refusals as <see cref="ImportRefusedException"/>).</summary>
    public static ImportPreview Recognise(byte[] content, string? fileName, ReportKind? kind)
    {
        var (document, _) = ImportFile.ReadReport(content, fileName);
        return ReportRecogniser.Recognise(document, kind);
    }

    public static void EnsureSize(byte[] content, long limit)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.LongLength > limit)
        {
            throw new BadInputException("file", ImportText.TooLarge(limit));
        }
    }
}
