using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PerfEval.Host.Data;

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> b)
    {
        b.ToTable("Attachments");
        b.HasKey(a => a.Id);
        b.HasMaxLengths(
            (a => a.IndicatorKey, 64), (a => a.ItemId, 64), (a => a.OpinionStage, 64), (a => a.FileName, 200),
            (a => a.ContentType, 100), (a => a.Sha256, 64), (a => a.UploadedByUserName, 256),
            (a => a.UploadedByDisplayName, 256));
        b.HasOne<Report>().WithMany().HasForeignKey(a => a.ReportId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(a => new { a.ReportId, a.UploadedAtUtc });
        b.HasIndex(a => a.Sha256);
    }
}

internal sealed class AttachmentBlobConfiguration : IEntityTypeConfiguration<AttachmentBlob>
{
    public void Configure(EntityTypeBuilder<AttachmentBlob> b)
    {
        b.ToTable("AttachmentBlobs");
        b.HasKey(x => x.Sha256);
        b.Property(x => x.Sha256).HasMaxLength(64);
    }
}

internal sealed class AttachmentChunkConfiguration : IEntityTypeConfiguration<AttachmentChunk>
{
    public void Configure(EntityTypeBuilder<AttachmentChunk> b)
    {
        b.ToTable("AttachmentChunks");
        b.HasKey(x => new { x.Sha256, x.Seq });
        b.Property(x => x.Sha256).HasMaxLength(64);
        b.HasOne<AttachmentBlob>().WithMany().HasForeignKey(x => x.Sha256).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AttachmentAuditConfiguration : IEntityTypeConfiguration<AttachmentAudit>
{
    public void Configure(EntityTypeBuilder<AttachmentAudit> b)
    {
        b.ToTable("AttachmentAudit");
        b.HasKey(x => x.Id);
        b.HasMaxLengths(
            (x => x.Action, 16), (x => x.FileName, 200), (x => x.Sha256, 64), (x => x.Target, 200),
            (x => x.ActorUserName, 256), (x => x.ActorDisplayName, 256), (x => x.ActorRole, 64), (x => x.Stage, 64));
        b.HasOne<Report>().WithMany().HasForeignKey(x => x.ReportId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.ReportId, x.Id });
    }
}
