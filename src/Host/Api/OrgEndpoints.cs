using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PerfEval.Host.Features.Organisations;
using PerfEval.Host.Identity;

namespace PerfEval.Host.Api;

public static class OrgEndpoints
{
    public static IEndpointRouteBuilder MapOrgEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/orgs", List).WithTags("Organisations").WithName("ListOrgs")
            .WithSummary("Your organisation and every one below it.").RequireAuthorization();
        return app;
    }

    private static async Task<Ok<IReadOnlyList<OrganisationDto>>> List(ClaimsPrincipal principal, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListOrganisations(UserContext.FromPrincipal(principal)), ct));
}
