namespace PerfEval.Host.Features.Delegations;

/// <summary>Finds whose approvals a delegate may act on today (代理审批), as the principals' user contexts.</summary>
public sealed class DelegationLookup(PerfEvalDbContext db, BureauCalendar calendar, TimeProvider clock)
{
    /// <summary>The principals who delegated to <paramref name="user"/> for today (each at most once).</summary>
    public async Task<IReadOnlyList<UserContext>> PrincipalsAsync(UserContext user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var today = calendar.DateOf(clock.GetUtcNow());
        var rows = await db.Delegations.AsNoTracking()
            .Where(d => d.ToUserId == user.UserId && d.EndedAtUtc == null && d.StartDay <= today && d.EndDay >= today && d.OrgId == user.OrgId)
            .ToListAsync(ct).ConfigureAwait(false);
        return [.. rows.GroupBy(d => d.FromUserId).Select(g => Principal(g.First(), user))];
    }

    /// <summary>The principal <paramref name="principalUserName"/> if they delegated to <paramref name="user"/> for today; else 403.</summary>
    /// <exception cref="ForbiddenException">No delegation in force.</exception>
    public async Task<UserContext> PrincipalAsync(UserContext user, string principalUserName, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var principal = (await PrincipalsAsync(user, ct).ConfigureAwait(false))
            .FirstOrDefault(p => string.Equals(p.UserName, principalUserName, StringComparison.OrdinalIgnoreCase));
        return principal ?? throw new ForbiddenException(DelegationText.NoDelegation);
    }

    private static UserContext Principal(Delegation d, UserContext delegate_)
        => new(d.FromUserId, d.FromUserName, d.FromDisplayName, d.FromRole, d.OrgId, delegate_.OrgCode, delegate_.OrgName);
}
