using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PerfEval.Host.Data;

internal sealed class WorkflowDefinitionVersionConfiguration : IEntityTypeConfiguration<WorkflowDefinitionVersion>
{
    public void Configure(EntityTypeBuilder<WorkflowDefinitionVersion> b)
    {
        b.HasKey(d => new { d.DefinitionId, d.Version });
        b.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
        b.HasMaxLengths(
            (d => d.DefinitionId, 100), (d => d.Name, 200), (d => d.ReportKind, 32), (d => d.CreatedBy, 256),
            (d => d.ChangeNote, 2000), (d => d.PublishedBy, 256));
        b.HasIndex(d => new { d.ReportKind, d.Status });
    }
}

internal sealed class WorkflowDefinitionAuditConfiguration : IEntityTypeConfiguration<WorkflowDefinitionAudit>
{
    public void Configure(EntityTypeBuilder<WorkflowDefinitionAudit> b)
    {
        b.ToTable("WorkflowDefinitionAudit");
        b.HasKey(a => a.Id);
        b.HasMaxLengths(
            (a => a.DefinitionId, 100), (a => a.Action, 32), (a => a.UserName, 256), (a => a.DisplayName, 100),
            (a => a.Role, 64), (a => a.Note, 2000));
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
        b.HasMaxLengths(
            (h => h.ActorUserName, 256), (h => h.ActorDisplayName, 100), (h => h.OnBehalfOfUserName, 256),
            (h => h.OnBehalfOfDisplayName, 100), (h => h.ActorRole, 64), (h => h.ActorOrgName, 200),
            (h => h.FromStage, 64), (h => h.ToStage, 64), (h => h.Action, 64), (h => h.ActionLabel, 64),
            (h => h.Comment, 4000), (h => h.DefinitionId, 100));
    }
}

internal sealed class DelegationConfiguration : IEntityTypeConfiguration<Delegation>
{
    public void Configure(EntityTypeBuilder<Delegation> b)
    {
        b.HasKey(d => d.Id);
        b.HasMaxLengths(
            (d => d.FromUserId, 450), (d => d.FromUserName, 256), (d => d.FromDisplayName, 100), (d => d.FromRole, 64),
            (d => d.ToUserId, 450), (d => d.ToUserName, 256), (d => d.ToDisplayName, 100));
        b.HasOne<Organisation>().WithMany().HasForeignKey(d => d.OrgId).OnDelete(DeleteBehavior.Restrict);
        // The delegate's inbox and every action look delegations up by delegate; the list by principal.
        b.HasIndex(d => new { d.ToUserId, d.EndDay });
        b.HasIndex(d => new { d.FromUserId, d.EndDay });
    }
}
