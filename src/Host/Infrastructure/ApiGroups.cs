namespace PerfEval.Host.Infrastructure;

/// <summary>How every API route group starts: its tag, sign-in required, and the problem responses it may give (shown in OpenAPI).</summary>
public static class ApiGroups
{
    /// <summary>
    /// A group under <paramref name="prefix"/> for signed-in users whose endpoints answer RFC 7807 problem details:
    /// 400 (validation, naming the field), 401, 403 (role or organisation), 404 (also outside the caller's organisations),
    /// 409 (stale version, refused move).
    /// </summary>
    public static RouteGroupBuilder MapApiGroup(this IEndpointRouteBuilder app, string prefix, string tag)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.MapGroup(prefix).WithTags(tag).RequireAuthorization().WithProblemResponses();
    }

    /// <summary>Declares the problem responses of <paramref name="group"/>'s endpoints.</summary>
    public static RouteGroupBuilder WithProblemResponses(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.ProducesValidationProblem();
        group.ProducesProblem(StatusCodes.Status401Unauthorized);
        group.ProducesProblem(StatusCodes.Status403Forbidden);
        group.ProducesProblem(StatusCodes.Status404NotFound);
        group.ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }
}
