using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PerfEval.Host.Data;

internal sealed class RoundTargetConfiguration : IEntityTypeConfiguration<RoundTarget>
{
    public void Configure(EntityTypeBuilder<RoundTarget> b)
    {
        b.ToTable("RoundTargets");
        b.Property(t => t.ProjectName).HasMaxLength(300);
        b.HasOne<EvaluationRound>().WithMany(r => r.Targets).HasForeignKey(t => t.RoundId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(t => t.Org).WithMany().HasForeignKey(t => t.OrgId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Report>().WithMany().HasForeignKey(t => t.ReportId).OnDelete(DeleteBehavior.SetNull);
        // Idempotent opening: one target (hence one draft report) per round, organisation and project.
        b.HasIndex(t => new { t.RoundId, t.OrgId, t.ProjectName }).IsUnique();
    }
}

internal sealed class ReminderConfiguration : IEntityTypeConfiguration<Reminder>
{
    public void Configure(EntityTypeBuilder<Reminder> b)
    {
        b.ToTable("Reminders");
        b.Property(r => r.Kind).HasConversion<string>().HasMaxLength(32);
        b.HasMaxLengths((r => r.Stage, 64), (r => r.RecipientRole, 64), (r => r.Message, 1000));
        b.HasOne(r => r.Report).WithMany().HasForeignKey(r => r.ReportId).OnDelete(DeleteBehavior.Cascade);
        // The guarantee against duplicates, whichever job run or server gets there first.
        b.HasIndex(r => new { r.ReportId, r.Stage, r.Kind, r.Day }).IsUnique();
        // The inbox query: my organisation and role, newest first (unread filtered on the same rows).
        b.HasIndex(r => new { r.RecipientOrgId, r.RecipientRole, r.Day, r.CreatedAtUtc });
        // The scan reads the day's reminders.
        b.HasIndex(r => r.Day);
    }
}
