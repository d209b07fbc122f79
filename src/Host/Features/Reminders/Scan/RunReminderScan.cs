using PerfEval.Host.Jobs;

namespace PerfEval.Host.Features.Reminders.Scan;

/// <summary>
/// Runs the reminder scan now (FinanceAdmin), as the recurring job does: under the scan's lease, so a scan already running
/// on any host makes this one skip (<see cref="ReminderScanResult.Skipped"/>) instead of racing it.
/// </summary>
[AuthorizeRoles(Roles.FinanceAdmin)]
public sealed record RunReminderScan(UserContext User) : ICommand<ReminderScanResult>, IUserMessage;

public sealed class RunReminderScanHandler(ReminderScanJob job) : ICommandHandler<RunReminderScan, ReminderScanResult>
{
    public async ValueTask<ReminderScanResult> Handle(RunReminderScan command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return await job.RunOnceAsync(cancellationToken);
    }
}
