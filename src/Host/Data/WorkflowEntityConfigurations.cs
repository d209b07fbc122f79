using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PerfEval.Host.Domain;

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
        b.HasIndex(d => new { d.ReportKind, d.Status });
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
