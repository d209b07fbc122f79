using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace PerfEval.Host.Data;

/// <summary>
/// The domain database. Provider-specific subclasses exist only so each provider keeps its
/// own generated migration set; all code depends on this type. It also holds the Data Protection key ring, so every
/// host of one installation reads the cookies the others issued.
/// </summary>
public abstract class PerfEvalDbContext(DbContextOptions options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    /// <summary>What was saved and not yet committed: the values kept from it are dropped at the commit.</summary>
    internal StaleKept Stale { get; set; }

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<Report> Reports => Set<Report>();

    public DbSet<EvaluationRound> Rounds => Set<EvaluationRound>();

    public DbSet<WorkflowDefinitionVersion> WorkflowDefinitions => Set<WorkflowDefinitionVersion>();

    public DbSet<WorkflowDefinitionAudit> WorkflowDefinitionAudit => Set<WorkflowDefinitionAudit>();

    public DbSet<ReportHistoryEntry> ReportHistory => Set<ReportHistoryEntry>();

    public DbSet<RoundTarget> RoundTargets => Set<RoundTarget>();

    public DbSet<Reminder> Reminders => Set<Reminder>();

    public DbSet<Delegation> Delegations => Set<Delegation>();

    public DbSet<RuleSetVersion> RuleSets => Set<RuleSetVersion>();

    public DbSet<RuleSetAudit> RuleSetAudit => Set<RuleSetAudit>();

    public DbSet<JobLease> JobLeases => Set<JobLease>();

    public DbSet<Attachment> Attachments => Set<Attachment>();

    public DbSet<AttachmentBlob> AttachmentBlobs => Set<AttachmentBlob>();

    public DbSet<AttachmentChunk> AttachmentChunks => Set<AttachmentChunk>();

    public DbSet<AttachmentAudit> AttachmentAudit => Set<AttachmentAudit>();

    /// <summary>The Data Protection key ring (cookies, antiforgery), shared by every host on this database.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PerfEvalDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every DateTime is UTC; SQLite loses the kind, PostgreSQL's timestamptz insists on it.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<decimal>().HavePrecision(18, 4);
    }
}

/// <summary>SQLite flavour (the default); owns the SQLite migrations.</summary>
public sealed class SqlitePerfEvalDbContext(DbContextOptions<SqlitePerfEvalDbContext> options) : PerfEvalDbContext(options);

/// <summary>PostgreSQL flavour; owns the PostgreSQL migrations.</summary>
public sealed class PostgreSqlPerfEvalDbContext(DbContextOptions<PostgreSqlPerfEvalDbContext> options) : PerfEvalDbContext(options);
