namespace PerfEval.Host.Features.Organisations;

/// <summary>An organisation as lists and pickers show it.</summary>
public sealed record OrganisationDto(Guid Id, string Code, string Name, OrgKind Kind, Guid? ParentId);

/// <summary>The sender's organisation and every one below it (a finance administrator: all of them), bureau first.</summary>
public sealed record ListOrganisations(UserContext User) : IQuery<IReadOnlyList<OrganisationDto>>, IUserMessage;

public sealed class ListOrganisationsHandler(OrgScope scope) : IQueryHandler<ListOrganisations, IReadOnlyList<OrganisationDto>>
{
    public async ValueTask<IReadOnlyList<OrganisationDto>> Handle(ListOrganisations query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var visible = await scope.VisibleOrgIdsAsync(query.User.OrgId, cancellationToken);
        var all = await scope.AllAsync(cancellationToken);
        return [.. all.Where(o => visible.Contains(o.Id)).OrderBy(o => o.Kind).ThenBy(o => o.Code, StringComparer.Ordinal)
            .Select(o => new OrganisationDto(o.Id, o.Code, o.Name, o.Kind, o.ParentId))];
    }
}
