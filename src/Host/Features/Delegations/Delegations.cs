using Microsoft.AspNetCore.Identity;

namespace PerfEval.Host.Features.Delegations;

/// <summary>One delegation as the API shows it (both parties by display name and login).</summary>
public sealed record DelegationDto(
    Guid Id, string FromUserName, string FromDisplayName, string FromRole, string FromRoleLabel, string ToUserName, string ToDisplayName,
    DateOnly StartDate, DateOnly EndDate, DateTime CreatedAtUtc, DateTime? EndedAtUtc, bool Active, string Status)
{
    internal static DelegationDto From(Delegation d, DateOnly today)
    {
        var active = d.IsActiveOn(today);
        var status = d.EndedAtUtc is not null || d.EndDay < today ? DelegationText.Ended : active ? DelegationText.Active : DelegationText.Pending;
        return new(d.Id, d.FromUserName, d.FromDisplayName, d.FromRole, Roles.Label(d.FromRole), d.ToUserName, d.ToDisplayName,
            d.StartDay, d.EndDay, d.CreatedAtUtc, d.EndedAtUtc, active, status);
    }
}

/// <summary>The caller's delegations: those they gave and those they hold.</summary>
public sealed record DelegationList(IReadOnlyList<DelegationDto> Given, IReadOnlyList<DelegationDto> Received);

/// <summary>Lists the delegations the caller gave or holds (newest first).</summary>
public sealed record ListDelegations(UserContext User) : IQuery<DelegationList>, IUserMessage;

/// <summary>
/// Delegates the caller's approvals (UnitHead, DepartmentReviewer, FinanceReviewer) to another user of the same
/// organisation for the bureau days <see cref="StartDate"/>–<see cref="EndDate"/>. A delegate cannot pass it on.
/// </summary>
[AuthorizeRoles(Roles.UnitHead, Roles.DepartmentReviewer, Roles.FinanceReviewer)]
public sealed record CreateDelegation(UserContext User, string ToUserName, DateOnly StartDate, DateOnly EndDate) : ICommand<DelegationDto>, IUserMessage;

/// <summary>Ends one of the caller's delegations now (only the principal may).</summary>
[AuthorizeRoles(Roles.UnitHead, Roles.DepartmentReviewer, Roles.FinanceReviewer)]
public sealed record EndDelegation(UserContext User, Guid Id) : ICommand<DelegationDto>, IUserMessage;

public sealed class CreateDelegationValidator : AbstractValidator<CreateDelegation>
{
    public CreateDelegationValidator()
    {
        RuleFor(c => c.ToUserName).NotEmpty().MaximumLength(256);
        RuleFor(c => c.EndDate).GreaterThanOrEqualTo(c => c.StartDate).WithMessage(DelegationText.RangeOrder);
        RuleFor(c => c.EndDate).Must((c, end) => end.DayNumber - c.StartDate.DayNumber <= 366).WithMessage(DelegationText.RangeTooLong);
    }
}

public sealed class ListDelegationsHandler(PerfEvalDbContext db, BureauCalendar calendar, TimeProvider clock) : IQueryHandler<ListDelegations, DelegationList>
{
    public async ValueTask<DelegationList> Handle(ListDelegations query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var today = calendar.DateOf(clock.GetUtcNow());
        var id = query.User.UserId;
        var rows = await db.Delegations.AsNoTracking().Where(d => d.FromUserId == id || d.ToUserId == id)
            .OrderByDescending(d => d.CreatedAtUtc).Take(200).ToListAsync(cancellationToken);
        return new DelegationList(
            [.. rows.Where(d => d.FromUserId == id).Select(d => DelegationDto.From(d, today))],
            [.. rows.Where(d => d.ToUserId == id).Select(d => DelegationDto.From(d, today))]);
    }
}

public sealed class CreateDelegationHandler(PerfEvalDbContext db, UserManager<AppUser> users, BureauCalendar calendar, TimeProvider clock)
    : ICommandHandler<CreateDelegation, DelegationDto>
{
    public async ValueTask<DelegationDto> Handle(CreateDelegation command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var user = command.User;
        var now = clock.GetUtcNow();
        var today = calendar.DateOf(now);
        if (command.EndDate < today)
        {
            throw new BadInputException("endDate", DelegationText.RangePast);
        }

        var target = await users.FindByNameAsync(command.ToUserName.Trim());
        if (target is null || target.OrgId != user.OrgId)
        {
            throw new BadInputException("toUserName", DelegationText.UnknownDelegate);
        }

        if (target.Id == user.UserId)
        {
            throw new BadInputException("toUserName", DelegationText.Self);
        }

        var (start, end) = (command.StartDate, command.EndDate);
        var running = db.Delegations.Where(d => d.EndedAtUtc == null && d.StartDay <= end && d.EndDay >= start && d.EndDay >= today);
        // No re-delegation: the caller holds none for the period, and the delegate has not delegated their own approvals.
        if (await running.AnyAsync(d => d.ToUserId == user.UserId, cancellationToken))
        {
            throw new ConflictException(DelegationText.NoRedelegation);
        }

        if (await running.AnyAsync(d => d.FromUserId == target.Id, cancellationToken))
        {
            throw new ConflictException(DelegationText.DelegateDelegates);
        }

        if (await running.AnyAsync(d => d.FromUserId == user.UserId, cancellationToken))
        {
            throw new ConflictException(DelegationText.Overlap);
        }

        var row = new Delegation
        {
            OrgId = user.OrgId, FromUserId = user.UserId, FromUserName = user.UserName, FromDisplayName = user.DisplayName, FromRole = user.Role,
            ToUserId = target.Id, ToUserName = target.UserName!, ToDisplayName = target.DisplayName, StartDay = start, EndDay = end,
            CreatedAtUtc = now.UtcDateTime,
        };
        db.Delegations.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return DelegationDto.From(row, today);
    }
}

public sealed class EndDelegationHandler(PerfEvalDbContext db, BureauCalendar calendar, TimeProvider clock) : ICommandHandler<EndDelegation, DelegationDto>
{
    public async ValueTask<DelegationDto> Handle(EndDelegation command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var row = await db.Delegations.FirstOrDefaultAsync(d => d.Id == command.Id && (d.FromUserId == command.User.UserId || d.ToUserId == command.User.UserId), cancellationToken)
            ?? throw new NotFoundException(DelegationText.FormatNotFound(command.Id));
        if (row.FromUserId != command.User.UserId)
        {
            throw new ForbiddenException(DelegationText.NotYours);
        }

        var now = clock.GetUtcNow();
        var today = calendar.DateOf(now);
        row.End(now, today);
        await db.SaveChangesAsync(cancellationToken);
        return DelegationDto.From(row, today);
    }
}
