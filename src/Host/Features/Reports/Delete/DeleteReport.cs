using PerfEval.Host.Features.Attachments;

namespace PerfEval.Host.Features.Reports.Delete;

/// <summary>Deletes a draft report (only drafts; only its own unit's staff), with its evidence files and their bytes no other report shares.</summary>
public sealed record DeleteReport(UserContext User, Guid Id, int? ExpectedVersion) : ICommand<bool>;

public sealed class DeleteReportHandler(PerfEvalDbContext db, ReportAccess access, IAttachmentStore store) : ICommandHandler<DeleteReport, bool>
{
    public async ValueTask<bool> Handle(DeleteReport command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var report = await access.GetVisibleAsync(command.User, command.Id, cancellationToken, track: true);
        ReportAccess.EnsureCanEdit(command.User, report);
        if (command.ExpectedVersion is { } v)
        {
            ReportAccess.EnsureVersion(report, v);
        }

        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var hashes = await db.Attachments.Where(a => a.ReportId == report.Id).Select(a => a.Sha256).Distinct().ToListAsync(cancellationToken);
        db.Reports.Remove(report);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var sha in hashes)
        {
            if (!await db.Attachments.AnyAsync(a => a.Sha256 == sha, cancellationToken))
            {
                await store.DeleteAsync(sha, cancellationToken);
            }
        }

        await tx.CommitAsync(cancellationToken);
        return true;
    }
}
