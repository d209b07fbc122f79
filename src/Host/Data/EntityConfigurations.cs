using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PerfEval.Host.Data;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> b)
    {
        b.HasIndex(o => o.Code).IsUnique();
        b.Property(o => o.Kind).HasConversion<string>().HasMaxLength(32);
        b.HasMaxLengths((o => o.Code, 64), (o => o.Name, 200));
        b.HasOne(o => o.Parent).WithMany().HasForeignKey(o => o.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> b)
    {
        b.Property(u => u.DisplayName).HasMaxLength(100);
        b.HasOne(u => u.Org).WithMany().HasForeignKey(u => u.OrgId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class EvaluationRoundConfiguration : IEntityTypeConfiguration<EvaluationRound>
{
    public void Configure(EntityTypeBuilder<EvaluationRound> b)
    {
        b.Property(r => r.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        b.HasMaxLengths((r => r.Name, 200), (r => r.RuleSetId, 100), (r => r.WorkflowDefinitionId, 100), (r => r.Level1Weights, 100));
        // Opening "the same round" twice (same name and year) must find the first one.
        b.HasIndex(r => new { r.Name, r.Year }).IsUnique();
    }
}

internal sealed class ReportConfiguration : IEntityTypeConfiguration<Report>
{
    public void Configure(EntityTypeBuilder<Report> b)
    {
        b.Property(r => r.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(r => r.Content).HasJsonConversion();
        b.Property(r => r.Review).HasJsonConversion();
        b.Property(r => r.Version).IsConcurrencyToken();
        b.HasMaxLengths(
            (r => r.Title, 300), (r => r.Stage, 64), (r => r.StatedGrade, 32), (r => r.ScoredGrade, 32),
            (r => r.ReviewedGrade, 32), (r => r.ScoredRuleSetId, 100), (r => r.WorkflowDefinitionId, 100),
            (r => r.CreatedBy, 256), (r => r.UpdatedBy, 256));
        b.HasOne(r => r.Org).WithMany().HasForeignKey(r => r.OrgId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(r => r.Round).WithMany().HasForeignKey(r => r.RoundId).OnDelete(DeleteBehavior.Restrict);
        // Lists sort by Year desc, Title, Id (all reports, or one organisation's); the inbox and the reminder scan
        // filter by organisation and stage and order by the time a report entered its stage, then Id: with the Id in the
        // index a page is read in order and stops at its end, even where a batch approval entered thousands at one instant.
        b.HasIndex(r => new { r.Year, r.Title, r.Id }).IsDescending(true, false, false);
        b.HasIndex(r => new { r.OrgId, r.Year, r.Title, r.Id }).IsDescending(false, true, false, false);
        b.HasIndex(r => new { r.OrgId, r.Stage, r.StageEnteredAtUtc, r.Id });
        b.HasIndex(r => new { r.Stage, r.StageEnteredAtUtc, r.Id });
        // A round's reports: an impact analysis of a few rounds reads them through it (of most rounds, the planner scans).
        b.HasIndex(r => new { r.RoundId, r.Id });
    }
}
