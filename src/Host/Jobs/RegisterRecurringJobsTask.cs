using System.Data.Common;
using Hangfire;
using Hangfire.Storage;
using PerfEval.Host.Features.Reminders;

namespace PerfEval.Host.Jobs;

/// <summary>
/// Registers the recurring jobs at every start (in-memory job storage forgets them on restart; on shared
/// PostgreSQL storage AddOrUpdate is idempotent). Several hosts starting at once can collide on Hangfire's
/// distributed lock or on a serialization failure in the database, so those errors are retried.
/// </summary>
internal sealed class RegisterRecurringJobsTask(
    IOptions<ReminderOptions> reminders, IOptions<JobsOptions> jobsOptions, BureauCalendar calendar, TimeProvider clock,
    ILogger<RegisterRecurringJobsTask> logger) : IStartupTask
{
    private const int Attempts = 5;

    public int Order => 200;

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (!jobsOptions.Value.Enabled)
        {
            return;
        }

        // Resolved here, after the migrations ran: building PostgreSQL job storage connects to the database.
        var jobs = services.GetRequiredService<IRecurringJobManager>();
        var options = reminders.Value;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                jobs.AddOrUpdate<ReminderScanJob>(
                    ReminderScanJob.RecurringJobId,
                    job => job.RunAsync(CancellationToken.None),
                    options.Cron,
                    new RecurringJobOptions { TimeZone = calendar.Zone });
                logger.LogInformation("Recurring job {Job} registered: {Cron} ({Zone}).", ReminderScanJob.RecurringJobId, options.Cron, calendar.Zone.Id);
                return;
            }
            catch (Exception e) when (attempt < Attempts && IsTransient(e))
            {
                var delay = TimeSpan.FromMilliseconds(200 * attempt * attempt);
                logger.LogWarning(e, "Registering recurring job {Job} failed (attempt {Attempt}); retrying in {Delay}.", ReminderScanJob.RecurringJobId, attempt, delay);
                await Task.Delay(delay, clock, cancellationToken);
            }
        }
    }

    private static bool IsTransient(Exception e) => e is DistributedLockTimeoutException or DbException or TimeoutException
        || (e.InnerException is { } inner && IsTransient(inner));
}
