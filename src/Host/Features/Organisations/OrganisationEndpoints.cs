namespace PerfEval.Host.Features.Organisations;

[ApiGroup("/api/orgs", "Organisations")]
public static class OrganisationEndpoints
{
    [ApiRoute("GET", "/"), EndpointName("ListOrgs"), EndpointSummary("Your organisation and every one below it.")]
    private static async Task<Ok<IReadOnlyList<OrganisationDto>>> List(ClaimsPrincipal principal, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListOrganisations(UserContext.FromPrincipal(principal)), ct));
}
