namespace PerfEval.Host.Features.RuleSets.Retire;

/// <summary>
/// Retires a published version (FinanceAdmin): it is no longer offered as "latest" or for new rounds, but rounds
/// and reports already pinned to it keep scoring with it (its JSON never changes).
/// </summary>
[AuthorizeRoles(Roles.FinanceAdmin)]
public sealed record RetireRuleSetVersion(UserContext User, string RuleSetId, int Version, string? Note) : ICommand<RuleSetVersionInfo>, IUserMessage;

public sealed class RetireRuleSetVersionHandler(RuleSetStore store, TimeProvider clock)
    : ICommandHandler<RetireRuleSetVersion, RuleSetVersionInfo>
{
    public async ValueTask<RuleSetVersionInfo> Handle(RetireRuleSetVersion command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var row = await store.GetRowAsync(command.RuleSetId, command.Version, cancellationToken, track: true);
        var now = clock.GetUtcNow().UtcDateTime;
        row.Retire(command.User.UserName, now);
        await store.SaveAsync(row, "retired", command.User.UserName, now, string.IsNullOrWhiteSpace(command.Note) ? null : command.Note.Trim(),
            RuleSetText.RetireRuleSetVersionHandle, cancellationToken);
        return RuleSetVersionInfo.From(row);
    }
}
