using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using PerfEval.Host.Domain;
using PerfEval.Host.Identity;

namespace PerfEval.Host.Api;

public static class OrgEndpoints
{
    public sealed record OrgDto(Guid Id, string Code, string Name, OrgKind Kind, Guid? ParentId);

    public static IEndpointRouteBuilder MapOrgEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/orgs", List).WithTags("Organisations").WithName("ListOrgs")
            .WithSummary("Your organisation and every one below it.").RequireAuthorization();
        return app;
    }

    private static async Task<Ok<List<OrgDto>>> List(ClaimsPrincipal principal, OrgScope scope, CancellationToken ct)
    {
        var user = UserContext.FromPrincipal(principal);
        var visible = await scope.VisibleOrgIdsAsync(user.OrgId, ct);
        var all = await scope.AllAsync(ct);
        return TypedResults.Ok(all.Where(o => visible.Contains(o.Id)).OrderBy(o => o.Kind).ThenBy(o => o.Code)
            .Select(o => new OrgDto(o.Id, o.Code, o.Name, o.Kind, o.ParentId)).ToList());
    }
}
