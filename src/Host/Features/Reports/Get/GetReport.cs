namespace PerfEval.Host.Features.Reports.Get;

/// <summary>One report with its form; 404 outside the caller's organisations.</summary>
public sealed record GetReport(UserContext User, Guid Id) : IQuery<ReportDetail>;

public sealed class GetReportHandler(ReportAccess access) : IQueryHandler<GetReport, ReportDetail>
{
    public async ValueTask<ReportDetail> Handle(GetReport query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return ReportDetail.From(await access.GetVisibleAsync(query.User, query.Id, cancellationToken));
    }
}
