using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PerfEval.Host.Data;

internal sealed class JobLeaseConfiguration : IEntityTypeConfiguration<JobLease>
{
    public void Configure(EntityTypeBuilder<JobLease> b)
    {
        b.ToTable("JobLeases");
        b.HasKey(l => l.Name);
        b.HasMaxLengths((l => l.Name, 100), (l => l.Holder, 64));
    }
}
