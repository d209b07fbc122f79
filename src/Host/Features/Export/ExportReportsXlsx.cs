using PerfEval.Host.Features.Export.Excel;
using PerfEval.Host.Features.Reports.List;

namespace PerfEval.Host.Features.Export;

/// <summary>The caller's reports matching the list filter, as a workbook (sheets 报告 and 指标).</summary>
public sealed record ExportReportsXlsx(UserContext User, ReportFilter Filter) : IQuery<ExportFile>;

public sealed class ExportReportsXlsxHandler(PerfEvalDbContext db, OrgScope scope, BureauCalendar calendar)
    : IQueryHandler<ExportReportsXlsx, ExportFile>
{
    public async ValueTask<ExportFile> Handle(ExportReportsXlsx query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var visible = await ListReportsHandler.ApplyAsync(db, scope, query.User, query.Filter, cancellationToken);
        var reports = await visible
            .Include(r => r.Org).Include(r => r.Round)
            .OrderByDescending(r => r.Year).ThenBy(r => r.Title).ThenBy(r => r.Id)
            .AsNoTracking().ToListAsync(cancellationToken);
        var today = calendar.Today;
        var lines = reports.Select(r => new ReportExportLine(r, OverdueDays(r, today))).ToList();
        var bytes = ReportListWorkbook.Build(lines);

        var stamp = today.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        var roundName = query.Filter.RoundId is not null ? reports.FirstOrDefault()?.Round?.Name : null;
        var name = roundName is null ? $"绩效自评报告清单-{stamp}.xlsx" : $"{roundName}-{stamp}.xlsx";
        return new ExportFile(bytes, ExportFile.XlsxContentType, ExportFile.SafeName(name), $"perfeval-reports-{stamp}.xlsx");
    }

    /// <summary>Days past the round's deadline while the report is not yet accepted; 0 otherwise.</summary>
    internal static int OverdueDays(Report report, DateOnly today)
    {
        if (report.Stage == ReportStages.Accepted || report.Round is null)
        {
            return 0;
        }

        return Math.Max(0, today.DayNumber - report.Round.Deadline.DayNumber);
    }
}
