namespace PerfEval.Host.Features.Delegations;

[ApiGroup("/api/delegations", "Delegations")]
public static class DelegationEndpoints
{
    [ApiRoute("GET", "/"), EndpointName("ListDelegations"), EndpointSummary("The delegations (代理审批) you gave and those you hold.")]
    private static async Task<Ok<DelegationList>> List(ClaimsPrincipal principal, IMediator mediator, CancellationToken ct)
        => TypedResults.Ok(await mediator.Send(new ListDelegations(UserContext.FromPrincipal(principal)), ct));

    [ApiRoute("POST", "/"), EndpointName("CreateDelegation")]
    [EndpointSummary("UnitHead, DepartmentReviewer, FinanceReviewer: delegate your approvals to a user of your organisation for a date range (no re-delegation).")]
    private static async Task<Created<DelegationDto>> Create(CreateDelegationRequest request, ClaimsPrincipal principal, IMediator mediator, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var start = request.StartDate ?? throw new BadInputException("startDate", DelegationText.DelegationEndpointsCreate);
        var end = request.EndDate ?? throw new BadInputException("endDate", DelegationText.DelegationEndpointsCreate2);
        var dto = await mediator.Send(new CreateDelegation(UserContext.FromPrincipal(principal), request.ToUserName ?? "", start, end), ct);
        return TypedResults.Created($"/api/delegations/{dto.Id}", dto);
    }

    [ApiRoute("POST", "/{id:guid}/end"), EndpointName("EndDelegation"), EndpointSummary("End one of your delegations now.")]
    private static async Task<Ok<DelegationDto>> End(Guid id, ClaimsPrincipal principal, IMediator mediator, CancellationToken ct)
        => TypedResults.Ok(await mediator.Send(new EndDelegation(UserContext.FromPrincipal(principal), id), ct));
}
