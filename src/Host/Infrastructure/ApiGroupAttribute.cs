namespace PerfEval.Host.Infrastructure;

/// <summary>
/// Marks a class whose static methods marked <see cref="ApiRouteAttribute"/> are API endpoints, mapped by
/// <see cref="ApiEndpoints.MapApiEndpoints(IEndpointRouteBuilder)"/> into one group under <see cref="Prefix"/>: tagged
/// <see cref="Tag"/>, for signed-in users, with the problem responses of <see cref="ApiGroups.MapApiGroup"/>.
/// </summary>
/// <param name="prefix">The route prefix of every endpoint of the class, e.g. <c>/api/reports</c>.</param>
/// <param name="tag">The OpenAPI tag of the endpoints.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ApiGroupAttribute(string prefix, string tag) : Attribute
{
    /// <summary>The route prefix of every endpoint of the class.</summary>
    public string Prefix { get; } = prefix ?? throw new ArgumentNullException(nameof(prefix));

    /// <summary>The OpenAPI tag of the endpoints.</summary>
    public string Tag { get; } = tag ?? throw new ArgumentNullException(nameof(tag));
}
