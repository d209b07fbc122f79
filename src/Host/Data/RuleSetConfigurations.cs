using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PerfEval.Host.Data;

internal sealed class RuleSetVersionConfiguration : IEntityTypeConfiguration<RuleSetVersion>
{
    public void Configure(EntityTypeBuilder<RuleSetVersion> b)
    {
        b.ToTable("RuleSetVersions");
        b.HasKey(v => new { v.RuleSetId, v.Version });
        b.Property(v => v.RuleSetId).HasMaxLength(100);
        b.Property(v => v.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(v => v.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(v => v.Name).HasMaxLength(200);
        b.Property(v => v.ChangeNote).HasMaxLength(2000);
        b.Property(v => v.CreatedBy).HasMaxLength(256);
        b.Property(v => v.UpdatedBy).HasMaxLength(256);
        b.Property(v => v.PublishedBy).HasMaxLength(256);
        b.Property(v => v.RetiredBy).HasMaxLength(256);
        b.Property(v => v.Revision).IsConcurrencyToken();
    }
}

internal sealed class RuleSetAuditConfiguration : IEntityTypeConfiguration<RuleSetAudit>
{
    public void Configure(EntityTypeBuilder<RuleSetAudit> b)
    {
        b.ToTable("RuleSetAudit");
        b.HasKey(a => a.Id);
        b.Property(a => a.RuleSetId).HasMaxLength(100);
        b.Property(a => a.Action).HasMaxLength(32);
        b.Property(a => a.UserName).HasMaxLength(256);
        b.Property(a => a.Detail).HasMaxLength(2000);
        b.HasIndex(a => new { a.RuleSetId, a.AtUtc });
    }
}
