using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PerfEval.Host.Data;

internal sealed class WorkflowDefinitionVersionConfiguration : IEntityTypeConfiguration<WorkflowDefinitionVersion>
{
    public void Configure(EntityTypeBuilder<WorkflowDefinitionVersion> b)
    {
        b.HasKey(d => new { d.DefinitionId, d.Version });
        b.Property(d => d.DefinitionId).HasMaxLength(100);
        b.Property(d => d.Name).HasMaxLength(200);
        b.Property(d => d.ReportKind).HasMaxLength(32);
        b.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(d => d.CreatedBy).HasMaxLength(256);
        b.Property(d => d.ChangeNote).HasMaxLength(2000);
        b.Property(d => d.PublishedBy).HasMaxLength(256);
        b.HasIndex(d => new { d.ReportKind, d.Status });
    }
}

internal sealed class WorkflowDefinitionAuditConfiguration : IEntityTypeConfiguration<WorkflowDefinitionAudit>
{
    public void Configure(EntityTypeBuilder<WorkflowDefinitionAudit> b)
    {
        b.ToTable("WorkflowDefinitionAudit");
        b.HasKey(a => a.Id);
        b.Property(a => a.DefinitionId).HasMaxLength(100);
        b.Property(a => a.Action).HasMaxLength(32);
        b.Property(a => a.UserName).HasMaxLength(256);
        b.Property(a => a.DisplayName).HasMaxLength(100);
        b.Property(a => a.Role).HasMaxLength(64);
        b.Property(a => a.Note).HasMaxLength(2000);
        b.HasIndex(a => new { a.DefinitionId, a.Id });
    }
}

internal sealed class ReportHistoryEntryConfiguration : IEntityTypeConfiguration<ReportHistoryEntry>
{
    public void Configure(EntityTypeBuilder<ReportHistoryEntry> b)
    {
        b.HasKey(h => h.Id);
        // One row per step: two writers computing the same next Seq cannot both commit.
        b.HasIndex(h => new { h.ReportId, h.Seq }).IsUnique();
        b.HasOne<Report>().WithMany().HasForeignKey(h => h.ReportId).OnDelete(DeleteBehavior.Cascade);
        b.Property(h => h.ActorUserName).HasMaxLength(256);
        b.Property(h => h.ActorDisplayName).HasMaxLength(100);
        b.Property(h => h.OnBehalfOfUserName).HasMaxLength(256);
        b.Property(h => h.OnBehalfOfDisplayName).HasMaxLength(100);
        b.Property(h => h.ActorRole).HasMaxLength(64);
        b.Property(h => h.ActorOrgName).HasMaxLength(200);
        b.Property(h => h.FromStage).HasMaxLength(64);
        b.Property(h => h.ToStage).HasMaxLength(64);
        b.Property(h => h.Action).HasMaxLength(64);
        b.Property(h => h.ActionLabel).HasMaxLength(64);
        b.Property(h => h.Comment).HasMaxLength(4000);
        b.Property(h => h.DefinitionId).HasMaxLength(100);
    }
}

internal sealed class DelegationConfiguration : IEntityTypeConfiguration<Delegation>
{
    public void Configure(EntityTypeBuilder<Delegation> b)
    {
        b.HasKey(d => d.Id);
        b.Property(d => d.FromUserId).HasMaxLength(450);
        b.Property(d => d.FromUserName).HasMaxLength(256);
        b.Property(d => d.FromDisplayName).HasMaxLength(100);
        b.Property(d => d.FromRole).HasMaxLength(64);
        b.Property(d => d.ToUserId).HasMaxLength(450);
        b.Property(d => d.ToUserName).HasMaxLength(256);
        b.Property(d => d.ToDisplayName).HasMaxLength(100);
        b.HasOne<Organisation>().WithMany().HasForeignKey(d => d.OrgId).OnDelete(DeleteBehavior.Restrict);
        // The delegate's inbox and every action look delegations up by delegate; the list by principal.
        b.HasIndex(d => new { d.ToUserId, d.EndDay });
        b.HasIndex(d => new { d.FromUserId, d.EndDay });
    }
}
