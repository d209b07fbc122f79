using PerfEval.Host.Features.RuleSets.Impact;

namespace PerfEval.Host.Features.Impact;

/// <summary>Starts a background impact run of stored version <see cref="Version"/> (of one round's reports when <see cref="RoundId"/> is set).</summary>
[AuthorizeRoles(Roles.FinanceAdmin)]
public sealed record StartImpactRun(UserContext User, string RuleSetId, int Version, Guid? RoundId) : ICommand<ImpactRunInfo>, IUserMessage;

/// <summary>A run's progress, and its counts once completed.</summary>
[AuthorizeRoles(Roles.FinanceAdmin)]
public sealed record GetImpactRun(UserContext User, Guid RunId) : IQuery<ImpactRunInfo>, IUserMessage;

/// <summary>A page of a completed run's reports; <see cref="ChangedOnly"/> for those that change or cannot be scored.</summary>
[AuthorizeRoles(Roles.FinanceAdmin)]
public sealed record GetImpactRunItems(UserContext User, Guid RunId, bool ChangedOnly, int Page, int PageSize) : IQuery<Paged<ReportImpact>>, IUserMessage;

/// <summary>Cancels a running analysis (idempotent).</summary>
[AuthorizeRoles(Roles.FinanceAdmin)]
public sealed record CancelImpactRun(UserContext User, Guid RunId) : ICommand<ImpactRunInfo>, IUserMessage;

/// <summary>The impact-run messages: the runs live in <see cref="ImpactRuns"/> (this host's memory).</summary>
public sealed class ImpactRunHandlers(ImpactRuns runs) :
    ICommandHandler<StartImpactRun, ImpactRunInfo>,
    IQueryHandler<GetImpactRun, ImpactRunInfo>,
    IQueryHandler<GetImpactRunItems, Paged<ReportImpact>>,
    ICommandHandler<CancelImpactRun, ImpactRunInfo>
{
    public async ValueTask<ImpactRunInfo> Handle(StartImpactRun command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return await runs.StartAsync(command.RuleSetId, command.Version, command.RoundId, cancellationToken);
    }

    public ValueTask<ImpactRunInfo> Handle(GetImpactRun query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return ValueTask.FromResult(runs.Get(query.RunId));
    }

    public ValueTask<Paged<ReportImpact>> Handle(GetImpactRunItems query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return ValueTask.FromResult(runs.Items(query.RunId, query.ChangedOnly, query.Page, query.PageSize));
    }

    public ValueTask<ImpactRunInfo> Handle(CancelImpactRun command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return ValueTask.FromResult(runs.Cancel(command.RunId));
    }
}
