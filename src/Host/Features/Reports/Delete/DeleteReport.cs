using Mediator;
using PerfEval.Host.Data;
using PerfEval.Host.Identity;

namespace PerfEval.Host.Features.Reports.Delete;

/// <summary>Deletes a draft report (only drafts; only its own unit's staff).</summary>
public sealed record DeleteReport(UserContext User, Guid Id, int? ExpectedVersion) : ICommand<bool>;

public sealed class DeleteReportHandler(PerfEvalDbContext db, ReportAccess access) : ICommandHandler<DeleteReport, bool>
{
    public async ValueTask<bool> Handle(DeleteReport command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var report = await access.GetVisibleAsync(command.User, command.Id, cancellationToken, track: true);
        ReportAccess.EnsureCanEdit(command.User, report);
        if (command.ExpectedVersion is { } v)
        {
            ReportAccess.EnsureVersion(report, v);
        }

        db.Reports.Remove(report);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
