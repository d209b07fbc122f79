using PerfEval.Host.Features.Attachments;
using PerfEval.Host.Features.Export.Word;

namespace PerfEval.Host.Features.Export;

/// <summary>One report as the bureau's Word form; 404 outside the caller's organisations (same as reading it).</summary>
public sealed record ExportReportDocx(UserContext User, Guid Id) : IQuery<ExportFile>;

public sealed class ExportReportDocxHandler(ReportAccess access, PerfEvalDbContext db, BureauCalendar calendar, Review.ReviewScoring reviewScoring,
    AttachmentTargetNames names)
    : IQueryHandler<ExportReportDocx, ExportFile>
{
    public async ValueTask<ExportFile> Handle(ExportReportDocx query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var report = await access.GetVisibleAsync(query.User, query.Id, cancellationToken);
        var indicators = await names.IndicatorsAsync(report, cancellationToken);
        var files = (await db.Attachments.AsNoTracking().Where(a => a.ReportId == report.Id).ToListAsync(cancellationToken))
            .OrderBy(a => a.UploadedAtUtc)
            .Select(a => new AttachmentLine(AttachmentTarget.Of(a).Describe(indicators), a.FileName, AttachmentText.Size(a.Length), a.UploadedByDisplayName,
                calendar.ToLocal(a.UploadedAtUtc).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        var bytes = ReportDocxBuilder.Build(report.Content, report.Kind, await ReviewOfAsync(report, cancellationToken), files, indicators);
        var title = string.IsNullOrWhiteSpace(report.Title) ? "未命名项目" : report.Title;
        return new ExportFile(
            bytes, ExportFile.DocxContentType,
            ExportFile.SafeName($"{report.Year}年度{title}绩效自评报告.docx"),
            $"perfeval-report-{report.Year}-{report.Id.ToString("N")[..8]}.docx");
    }

    /// <summary>The reviewed score and, for a report reviewed indicator by indicator, every indicator's three scores.</summary>
    private async Task<ReviewResult?> ReviewOfAsync(Domain.Report report, CancellationToken ct)
    {
        if (report.Review.Indicators.Count == 0)
        {
            return report.ReviewedScore is { } reviewed ? new ReviewResult(reviewed, report.ReviewedGrade) : null;
        }

        IReadOnlyList<Domain.IndicatorReview> rows;
        try
        {
            rows = (await reviewScoring.ComputeAsync(report, ct)).Rows;
        }
        catch (Infrastructure.ConflictException)
        {
            rows = report.Review.Indicators; // the form can no longer be scored: the rows as reviewed
        }

        var lines = rows.Select(r => report.Review.Find(r.Key) is { } saved
            ? new ReviewLine(r.Name, r.Points, r.SelfScore, r.ComputedScore, saved.ReviewedScore, saved.Reason, saved.Annotation)
            : new ReviewLine(r.Name, r.Points, r.SelfScore, r.ComputedScore, null, null, null)).ToList();
        return new ReviewResult(report.ReviewedScore, report.ReviewedGrade, lines);
    }
}
