using System.Linq.Expressions;
using System.Reflection;

namespace PerfEval.Host.Infrastructure;

/// <summary>
/// Maps the endpoints declared by attributes: each <see cref="ApiGroupAttribute"/> class becomes a route group and each of
/// its <see cref="ApiRouteAttribute"/> methods an endpoint, so a feature declares its routes beside their handlers.
/// </summary>
public static class ApiEndpoints
{
    private const BindingFlags DeclaredMethods =
        BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance;

    /// <summary>Maps every endpoint class of the Host assembly, in the order of their full names.</summary>
    /// <exception cref="InvalidOperationException">A class or a method is declared wrongly (see <see cref="MapApiEndpoints(IEndpointRouteBuilder, Type)"/>).</exception>
    public static IEndpointRouteBuilder MapApiEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var classes = typeof(ApiEndpoints).Assembly.GetTypes()
            .Where(t => t.IsDefined(typeof(ApiGroupAttribute), inherit: false) || Routes(t).Any())
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        foreach (var type in classes)
        {
            app.MapApiEndpoints(type);
        }

        return app;
    }

    /// <summary>Maps the endpoints of one class marked <see cref="ApiGroupAttribute"/>.</summary>
    /// <exception cref="InvalidOperationException">
    /// The class has no <see cref="ApiGroupAttribute"/> or no <see cref="ApiRouteAttribute"/> method, or such a method is not
    /// static or has no <see cref="EndpointNameAttribute"/>: thrown at start-up, before the host serves a request.
    /// </exception>
    public static IEndpointRouteBuilder MapApiEndpoints(this IEndpointRouteBuilder app, Type endpoints)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(endpoints);
        var routes = Routes(endpoints).ToList();
        if (routes.Count == 0)
        {
            throw new InvalidOperationException($"{endpoints.FullName} has no [ApiRoute] method: it declares no endpoint.");
        }

        var group = endpoints.GetCustomAttribute<ApiGroupAttribute>(inherit: false) ?? throw new InvalidOperationException(
            $"{endpoints.FullName} has [ApiRoute] methods but no [ApiGroup(prefix, tag)]: add one to the class.");

        // Two groups at most: endpoints with the group's problem responses, and those declared without them.
        RouteGroupBuilder? withProblems = null;
        RouteGroupBuilder? withoutProblems = null;
        foreach (var (method, route) in routes)
        {
            var name = Check(endpoints, method);
            var target = route.ProblemResponses
                ? withProblems ??= app.MapApiGroup(group.Prefix, group.Tag)
                : withoutProblems ??= app.MapGroup(group.Prefix).WithTags(group.Tag).RequireAuthorization();

            // WithName would also name the route (for link generation); the attribute alone names only the endpoint.
            var endpoint = target.MapMethods(route.Pattern, [route.Method], CreateDelegate(method))
                .WithMetadata(new RouteNameMetadata(name));
            if (route.DisableAntiforgery)
            {
                endpoint.DisableAntiforgery();
            }

            if (route.ProblemStatus != 0)
            {
                endpoint.ProducesProblem(route.ProblemStatus);
            }

            if (route.Accepts is { } accepts)
            {
                endpoint.Accepts(accepts, route.AcceptsContentType);
            }
        }

        return app;
    }

    /// <summary>The class's own methods marked <see cref="ApiRouteAttribute"/>, in declaration order.</summary>
    private static IEnumerable<(MethodInfo Method, ApiRouteAttribute Route)> Routes(Type type) =>
        type.GetMethods(DeclaredMethods)
            .Select(m => (Method: m, Route: m.GetCustomAttribute<ApiRouteAttribute>(inherit: false)))
            .Where(r => r.Route is not null)
            .OrderBy(r => r.Method.MetadataToken)
            .Select(r => (r.Method, r.Route!));

    /// <summary>The endpoint's name, once the method is known to be a handler the mapper can call.</summary>
    private static string Check(Type endpoints, MethodInfo method)
    {
        if (!method.IsStatic)
        {
            throw new InvalidOperationException($"{endpoints.FullName}.{method.Name} has [ApiRoute] but is not static: endpoint handlers must be static methods.");
        }

        return method.GetCustomAttribute<EndpointNameAttribute>()?.EndpointName ?? throw new InvalidOperationException(
            $"{endpoints.FullName}.{method.Name} has [ApiRoute] but no [EndpointName]: every endpoint is named (the OpenAPI operationId).");
    }

    /// <summary>
    /// A delegate of the method's own signature: request delegate generation reads the parameters (names, defaults and
    /// attributes such as <c>[FromHeader]</c>) and the return type from it as from a method group.
    /// </summary>
    private static Delegate CreateDelegate(MethodInfo method) =>
        method.CreateDelegate(Expression.GetDelegateType([.. method.GetParameters().Select(p => p.ParameterType), method.ReturnType]));
}
