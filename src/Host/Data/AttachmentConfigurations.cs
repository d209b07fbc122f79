using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PerfEval.Host.Data;

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> b)
    {
        b.ToTable("Attachments");
        b.HasKey(a => a.Id);
        b.Property(a => a.IndicatorKey).HasMaxLength(64);
        b.Property(a => a.ItemId).HasMaxLength(64);
        b.Property(a => a.OpinionStage).HasMaxLength(64);
        b.Property(a => a.FileName).HasMaxLength(200);
        b.Property(a => a.ContentType).HasMaxLength(100);
        b.Property(a => a.Sha256).HasMaxLength(64);
        b.Property(a => a.UploadedByUserName).HasMaxLength(256);
        b.Property(a => a.UploadedByDisplayName).HasMaxLength(256);
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
        b.Property(x => x.Action).HasMaxLength(16);
        b.Property(x => x.FileName).HasMaxLength(200);
        b.Property(x => x.Sha256).HasMaxLength(64);
        b.Property(x => x.Target).HasMaxLength(200);
        b.Property(x => x.ActorUserName).HasMaxLength(256);
        b.Property(x => x.ActorDisplayName).HasMaxLength(256);
        b.Property(x => x.ActorRole).HasMaxLength(64);
        b.Property(x => x.Stage).HasMaxLength(64);
        b.HasOne<Report>().WithMany().HasForeignKey(x => x.ReportId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.ReportId, x.Id });
    }
}
