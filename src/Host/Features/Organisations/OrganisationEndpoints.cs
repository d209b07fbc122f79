namespace PerfEval.Host.Features.Organisations;

public static class OrganisationEndpoints
{
    public static IEndpointRouteBuilder MapOrganisationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapApiGroup("/api/orgs", "Organisations").MapGet("/", List).WithName("ListOrgs")
            .WithSummary("Your organisation and every one below it.");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<OrganisationDto>>> List(ClaimsPrincipal principal, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListOrganisations(UserContext.FromPrincipal(principal)), ct));
}
