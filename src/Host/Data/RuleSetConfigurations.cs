using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PerfEval.Host.Data;

internal sealed class RuleSetVersionConfiguration : IEntityTypeConfiguration<RuleSetVersion>
{
    public void Configure(EntityTypeBuilder<RuleSetVersion> b)
    {
        b.ToTable("RuleSetVersions");
        b.HasKey(v => new { v.RuleSetId, v.Version });
        b.Property(v => v.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(v => v.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(v => v.Revision).IsConcurrencyToken();
        b.HasMaxLengths(
            (v => v.RuleSetId, 100), (v => v.Name, 200), (v => v.ChangeNote, 2000), (v => v.CreatedBy, 256),
            (v => v.UpdatedBy, 256), (v => v.PublishedBy, 256), (v => v.RetiredBy, 256));
    }
}

internal sealed class RuleSetAuditConfiguration : IEntityTypeConfiguration<RuleSetAudit>
{
    public void Configure(EntityTypeBuilder<RuleSetAudit> b)
    {
        b.ToTable("RuleSetAudit");
        b.HasKey(a => a.Id);
        b.HasMaxLengths((a => a.RuleSetId, 100), (a => a.Action, 32), (a => a.UserName, 256), (a => a.Detail, 2000));
        b.HasIndex(a => new { a.RuleSetId, a.AtUtc });
    }
}
