namespace PerfEval.Host.Features.Attachments.List;

/// <summary>A report's files (oldest first) and the audit of uploads and deletes; 404 outside the caller's organisations.</summary>
public sealed record ListAttachments(UserContext User, Guid ReportId) : IQuery<AttachmentList>, IUserMessage;

public sealed class ListAttachmentsHandler(PerfEvalDbContext db, ReportAccess access, IOptions<AttachmentOptions> options,
    AttachmentTargetNames names)
    : IQueryHandler<ListAttachments, AttachmentList>
{
    public async ValueTask<AttachmentList> Handle(ListAttachments query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var report = await access.GetVisibleAsync(query.User, query.ReportId, cancellationToken);
        var items = await db.Attachments.AsNoTracking().Where(a => a.ReportId == report.Id).ToListAsync(cancellationToken);
        var describe = await names.ForAsync(report, cancellationToken);
        var history = await db.AttachmentAudit.AsNoTracking().Where(h => h.ReportId == report.Id).OrderBy(h => h.Id).ToListAsync(cancellationToken);
        return new AttachmentList(
            [.. items.OrderBy(a => a.UploadedAtUtc).ThenBy(a => a.FileName, StringComparer.Ordinal).Select(a => AttachmentDto.From(a, describe(a)))],
            [.. history.Select(h => new AttachmentAuditDto(h.AttachmentId, h.Action, h.FileName, h.Length, h.Sha256, h.Target,
                h.ActorUserName, h.ActorDisplayName, h.ActorRole, h.Stage, h.AtUtc))],
            items.Sum(a => a.Length), options.Value.MaxReportBytes, options.Value.MaxFileBytes);
    }
}
