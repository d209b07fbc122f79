using System.Security.Cryptography;

namespace PerfEval.Host.Features.Attachments.Upload;

/// <summary>
/// Attaches a file to a report (optionally to an indicator, a checklist item or a stage's opinion). <paramref name="Content"/>
/// must be seekable (the endpoint's form file is spooled to disk, the page copies the browser's file to a temporary file):
/// it is read to check its type, to hash it and to store it, never held whole in memory. Nothing is stored on any refusal.
/// </summary>
public sealed record UploadAttachment(UserContext User, Guid ReportId, string? FileName, Stream Content, AttachmentTarget Target)
    : ICommand<AttachmentDto>, IUserMessage;

public sealed partial class UploadAttachmentValidator : AbstractValidator<UploadAttachment>
{
    public UploadAttachmentValidator()
    {
        RuleFor(c => c.Target.IndicatorKey).Matches(KeyPattern()).When(c => c.Target.IndicatorKey is not null)
            .WithName("indicatorKey").OverridePropertyName("indicatorKey").WithMessage(AttachmentText.BadKey);
        RuleFor(c => c.Target.ItemId).Matches(KeyPattern()).When(c => c.Target.ItemId is not null)
            .OverridePropertyName("itemId").WithMessage(AttachmentText.BadKey);
        RuleFor(c => c.Target.IndicatorKey).NotNull().When(c => c.Target.ItemId is not null)
            .OverridePropertyName("indicatorKey").WithMessage(AttachmentText.ItemNeedsIndicator);
        RuleFor(c => c.Target.IndicatorKey).Null().When(c => c.Target.OpinionStage is not null)
            .OverridePropertyName("indicatorKey").WithMessage(AttachmentText.OpinionWithIndicator);
        RuleFor(c => c.Target.OpinionStage).Must(s => AttachmentAccess.HasOpinion(s!)).When(c => c.Target.OpinionStage is not null)
            .OverridePropertyName("opinionStage").WithMessage(c => AttachmentText.FormatUnknownStage(c.Target.OpinionStage!));
        RuleFor(c => c.Content).Must(s => s.CanSeek && s.CanRead).OverridePropertyName("file").WithMessage(AttachmentText.NoFile);
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    internal static partial System.Text.RegularExpressions.Regex KeyPattern();
}

public sealed class UploadAttachmentHandler(
    PerfEvalDbContext db, ReportAccess access, IAttachmentStore store, IOptions<AttachmentOptions> options, TimeProvider time,
    ILogger<UploadAttachmentHandler> logger) : ICommandHandler<UploadAttachment, AttachmentDto>
{
    public async ValueTask<AttachmentDto> Handle(UploadAttachment command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var limits = options.Value;
        var report = await access.GetVisibleAsync(command.User, command.ReportId, cancellationToken);
        AttachmentAccess.EnsureCanChange(command.User, report, command.Target);

        var content = command.Content;
        var length = content.Length;
        if (length > limits.MaxFileBytes)
        {
            throw new TooLargeException("file", AttachmentText.FileTooLarge(limits.MaxFileBytes), limits.MaxFileBytes);
        }

        if (length == 0)
        {
            throw new BadInputException("file", AttachmentText.NoFile);
        }

        var kind = ContentSniffer.Detect(content) ?? throw new BadInputException("file", AttachmentText.Unsupported);
        content.Position = 0;
        var sha = Convert.ToHexStringLower(await SHA256.HashDataAsync(content, cancellationToken));

        for (var attempt = 0; ; attempt++)
        {
            await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
            var existing = db.Attachments.Where(a => a.ReportId == report.Id);
            var used = await existing.SumAsync(a => (long?)a.Length, cancellationToken) ?? 0;
            if (used + length > limits.MaxReportBytes)
            {
                throw new TooLargeException("file", AttachmentText.ReportTooLarge(limits.MaxReportBytes, used), limits.MaxReportBytes);
            }

            if (await existing.CountAsync(cancellationToken) >= limits.MaxFilesPerReport)
            {
                throw new ConflictException(AttachmentText.FormatTooManyFiles(limits.MaxFilesPerReport));
            }

            var now = time.GetUtcNow().UtcDateTime;
            var attachment = new Attachment
            {
                ReportId = report.Id,
                IndicatorKey = command.Target.IndicatorKey,
                ItemId = command.Target.ItemId,
                OpinionStage = command.Target.OpinionStage,
                FileName = FileNames.Sanitise(command.FileName, kind),
                ContentType = kind.ContentType,
                Length = length,
                Sha256 = sha,
                UploadedByUserName = command.User.UserName,
                UploadedByDisplayName = command.User.DisplayName,
                UploadedAtUtc = now,
            };
            try
            {
                content.Position = 0;
                await store.PutAsync(sha, length, content, cancellationToken);
                db.Attachments.Add(attachment);
                db.AttachmentAudit.Add(AttachmentAudits.Row(attachment, AttachmentAudit.Uploaded, command.User, report.Stage, now));
                await db.SaveChangesAsync(cancellationToken);
                await tx.CommitAsync(cancellationToken);
                return AttachmentDto.From(attachment);
            }
            catch (Exception e) when (attempt == 0 && AttachmentAudits.IsUniqueViolation(e))
            {
                // Another host stored the same content at the same moment: roll back and reference theirs.
                logger.LogInformation("Attachment content {Sha256} stored concurrently elsewhere; retrying", sha);
                await tx.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }
    }
}
