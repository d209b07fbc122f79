namespace PerfEval.Host.Features.Delegations;

public static class DelegationEndpoints
{
    public static IEndpointRouteBuilder MapDelegationEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapApiGroup("/api/delegations", "Delegations");
        group.MapGet("/", List).WithName("ListDelegations").WithSummary("The delegations (代理审批) you gave and those you hold.");
        group.MapPost("/", Create).WithName("CreateDelegation")
            .WithSummary("UnitHead, DepartmentReviewer, FinanceReviewer: delegate your approvals to a user of your organisation for a date range (no re-delegation).");
        group.MapPost("/{id:guid}/end", End).WithName("EndDelegation").WithSummary("End one of your delegations now.");
        return app;
    }

    private static async Task<Ok<DelegationList>> List(ClaimsPrincipal principal, IMediator mediator, CancellationToken ct)
        => TypedResults.Ok(await mediator.Send(new ListDelegations(UserContext.FromPrincipal(principal)), ct));

    private static async Task<Created<DelegationDto>> Create(CreateDelegationRequest request, ClaimsPrincipal principal, IMediator mediator, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var start = request.StartDate ?? throw new BadInputException("startDate", DelegationText.DelegationEndpointsCreate);
        var end = request.EndDate ?? throw new BadInputException("endDate", DelegationText.DelegationEndpointsCreate2);
        var dto = await mediator.Send(new CreateDelegation(UserContext.FromPrincipal(principal), request.ToUserName ?? "", start, end), ct);
        return TypedResults.Created($"/api/delegations/{dto.Id}", dto);
    }

    private static async Task<Ok<DelegationDto>> End(Guid id, ClaimsPrincipal principal, IMediator mediator, CancellationToken ct)
        => TypedResults.Ok(await mediator.Send(new EndDelegation(UserContext.FromPrincipal(principal), id), ct));
}
