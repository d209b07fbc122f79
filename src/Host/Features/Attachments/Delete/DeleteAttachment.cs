namespace PerfEval.Host.Features.Attachments.Delete;

/// <summary>
/// Removes a file from a report: while it is a draft (an opinion's file: while that stage is open), by those who may add it.
/// The bytes go too when no other attachment has the same content. An audit row records the delete.
/// </summary>
public sealed record DeleteAttachment(UserContext User, Guid ReportId, Guid AttachmentId) : ICommand<bool>, IUserMessage;

public sealed class DeleteAttachmentHandler(PerfEvalDbContext db, ReportAccess access, IAttachmentStore store, TimeProvider time)
    : ICommandHandler<DeleteAttachment, bool>
{
    public async ValueTask<bool> Handle(DeleteAttachment command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var report = await access.GetVisibleAsync(command.User, command.ReportId, cancellationToken);
        var a = await db.Attachments.SingleOrDefaultAsync(x => x.Id == command.AttachmentId && x.ReportId == report.Id, cancellationToken)
            ?? throw new NotFoundException(AttachmentText.FormatNotFound(command.AttachmentId));
        AttachmentAccess.EnsureCanChange(command.User, report, AttachmentTarget.Of(a));

        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Attachments.Remove(a);
        db.AttachmentAudit.Add(AttachmentAudits.Row(a, AttachmentAudit.Deleted, command.User, report.Stage, time.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
        if (!await db.Attachments.AnyAsync(x => x.Sha256 == a.Sha256, cancellationToken))
        {
            await store.DeleteAsync(a.Sha256, cancellationToken);
        }

        await tx.CommitAsync(cancellationToken);
        return true;
    }
}
