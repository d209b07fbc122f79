namespace PerfEval.Host.Domain;

/// <summary>
/// 代理审批: a UnitHead, DepartmentReviewer or FinanceReviewer lets another user of the same organisation act on their
/// approvals for a range of bureau days. The delegate acts "X 代 Y" (as the principal's role); a delegate cannot pass it on.
/// </summary>
public sealed class Delegation
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid OrgId { get; set; }

    /// <summary>The principal (who delegates).</summary>
    public required string FromUserId { get; set; }

    public required string FromUserName { get; set; }

    public required string FromDisplayName { get; set; }

    /// <summary>The principal's role: the one the delegate acts in.</summary>
    public required string FromRole { get; set; }

    /// <summary>The delegate.</summary>
    public required string ToUserId { get; set; }

    public required string ToUserName { get; set; }

    public required string ToDisplayName { get; set; }

    /// <summary>First bureau day the delegation applies.</summary>
    public DateOnly StartDay { get; set; }

    /// <summary>Last bureau day the delegation applies (inclusive).</summary>
    public DateOnly EndDay { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>When it was ended early; <c>null</c> while it runs its range.</summary>
    public DateTime? EndedAtUtc { get; set; }

    /// <summary>Whether the delegate may act on <paramref name="day"/>.</summary>
    /// <param name="day">The bureau's day.</param>
    public bool IsActiveOn(DateOnly day) => EndedAtUtc is null && StartDay <= day && day <= EndDay;

    /// <summary>Ends the delegation now (refused when already ended).</summary>
    /// <param name="at">When.</param>
    /// <param name="today">The bureau's day of <paramref name="at"/>.</param>
    public void End(DateTimeOffset at, DateOnly today)
    {
        if (EndedAtUtc is not null || EndDay < today)
        {
            throw new Infrastructure.ConflictException(DomainText.DelegationEnd);
        }

        EndedAtUtc = at.UtcDateTime;
    }
}
