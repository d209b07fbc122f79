namespace PerfEval.Host.Features.Scoring.Checks;

/// <summary>The consistency findings (warnings and errors) of a stored report visible to the caller (404 otherwise).</summary>
public sealed record GetReportChecks(UserContext User, Guid ReportId) : IQuery<IReadOnlyList<Finding>>;

public sealed class GetReportChecksHandler(ReportAccess access, ReportScoring scoring) : IQueryHandler<GetReportChecks, IReadOnlyList<Finding>>
{
    public async ValueTask<IReadOnlyList<Finding>> Handle(GetReportChecks query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var report = await access.GetVisibleAsync(query.User, query.ReportId, cancellationToken);
        return await scoring.CheckAsync(report.Content, cancellationToken);
    }
}
