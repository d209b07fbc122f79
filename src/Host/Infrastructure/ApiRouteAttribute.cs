namespace PerfEval.Host.Infrastructure;

/// <summary>
/// Marks a static method of an <see cref="ApiGroupAttribute"/> class as the handler of an endpoint. Name and summary come
/// from ASP.NET Core's <see cref="EndpointNameAttribute"/> and <see cref="EndpointSummaryAttribute"/> on the same method;
/// the properties declare what only some endpoints need.
/// </summary>
/// <param name="method">The HTTP method, e.g. <c>GET</c>.</param>
/// <param name="pattern">The route below the group's prefix, e.g. <c>/{id:guid}</c>; <c>/</c> for the prefix itself.</param>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ApiRouteAttribute(string method, string pattern) : Attribute
{
    /// <summary>The HTTP method.</summary>
    public string Method { get; } = method ?? throw new ArgumentNullException(nameof(method));

    /// <summary>The route below the group's prefix.</summary>
    public string Pattern { get; } = pattern ?? throw new ArgumentNullException(nameof(pattern));

    /// <summary>False for an endpoint outside the group's declared problem responses (still tagged and for signed-in users only).</summary>
    public bool ProblemResponses { get; set; } = true;

    /// <summary>True where the handler reads a form by hand and needs no antiforgery token (multipart uploads).</summary>
    public bool DisableAntiforgery { get; set; }

    /// <summary>One more problem response the endpoint may give beyond the group's, e.g. 413; 0 for none.</summary>
    public int ProblemStatus { get; set; }

    /// <summary>The request body type shown in OpenAPI where the handler reads the body itself; null to infer it.</summary>
    public Type? Accepts { get; set; }

    /// <summary>The content type of <see cref="Accepts"/>.</summary>
    public string AcceptsContentType { get; set; } = "application/json";
}
