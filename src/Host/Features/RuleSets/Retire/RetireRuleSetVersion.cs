using Mediator;
using Microsoft.EntityFrameworkCore;
using PerfEval.Host.Data;
using PerfEval.Host.Domain;
using PerfEval.Host.Identity;
using PerfEval.Host.Infrastructure;

namespace PerfEval.Host.Features.RuleSets.Retire;

/// <summary>
/// Retires a published version (FinanceAdmin): it is no longer offered as "latest" or for new rounds, but rounds
/// and reports already pinned to it keep scoring with it (its JSON never changes).
/// </summary>
[AuthorizeRoles(Roles.FinanceAdmin)]
public sealed record RetireRuleSetVersion(UserContext User, string RuleSetId, int Version, string? Note) : ICommand<RuleSetVersionInfo>, IUserMessage;

public sealed class RetireRuleSetVersionHandler(PerfEvalDbContext db, RuleSetStore store, TimeProvider clock)
    : ICommandHandler<RetireRuleSetVersion, RuleSetVersionInfo>
{
    public async ValueTask<RuleSetVersionInfo> Handle(RetireRuleSetVersion command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var row = await store.GetRowAsync(command.RuleSetId, command.Version, cancellationToken, track: true);
        if (row.Status != RuleSetStatus.Published)
        {
            throw new ConflictException($"只有已发布的版本可以停用；规则集 {row.RuleSetId} v{row.Version} 是{(row.Status == RuleSetStatus.Draft ? "草稿" : "已停用")}。");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        row.Status = RuleSetStatus.Retired;
        row.RetiredAtUtc = now;
        row.RetiredBy = command.User.UserName;
        row.Revision++;
        store.Audit(row.RuleSetId, row.Version, "retired", command.User.UserName, now, string.IsNullOrWhiteSpace(command.Note) ? null : command.Note.Trim());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("该版本刚被他人修改，请重新加载后再试。");
        }

        return RuleSetVersionInfo.From(row);
    }
}
