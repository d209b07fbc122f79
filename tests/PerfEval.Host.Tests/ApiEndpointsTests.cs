using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using PerfEval.Host.Infrastructure;

namespace PerfEval.Host.Tests;

/// <summary>The attribute-declared endpoints: what the mapper maps, and what it refuses at start-up.</summary>
public sealed class ApiEndpointsTests
{
    [Fact]
    public void Map_InstanceHandler_IsRefusedNamingTheMethod()
    {
        using var app = WebApplication.CreateSlimBuilder().Build();

        var e = Assert.Throws<InvalidOperationException>(() => app.MapApiEndpoints(typeof(InstanceHandler)));

        Assert.Contains($"{typeof(InstanceHandler).FullName}.{nameof(InstanceHandler.Get)}", e.Message, StringComparison.Ordinal);
        Assert.Contains("not static", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_ClassWithoutGroup_IsRefused()
    {
        using var app = WebApplication.CreateSlimBuilder().Build();

        var e = Assert.Throws<InvalidOperationException>(() => app.MapApiEndpoints(typeof(NoGroup)));

        Assert.Contains("[ApiGroup(prefix, tag)]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_HandlerWithoutName_IsRefused()
    {
        using var app = WebApplication.CreateSlimBuilder().Build();

        var e = Assert.Throws<InvalidOperationException>(() => app.MapApiEndpoints(typeof(Unnamed)));

        Assert.Contains("no [EndpointName]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_AttributedHandler_GetsRouteNameSummaryAndGroupMetadata()
    {
        using var app = WebApplication.CreateSlimBuilder().Build();

        app.MapApiEndpoints(typeof(Samples));

        var upload = Endpoint(app, "UploadSample");
        Assert.Equal("/samples/{id:guid}/files", upload.RoutePattern.RawText);
        Assert.Equal(["POST"], upload.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods);
        Assert.Equal("UploadSample", upload.Metadata.GetMetadata<IRouteNameMetadata>()!.RouteName);
        Assert.Equal("Upload a sample file.", upload.Metadata.GetMetadata<IEndpointSummaryMetadata>()!.Summary);
        Assert.Equal(["Samples"], upload.Metadata.GetOrderedMetadata<ITagsMetadata>().SelectMany(t => t.Tags));
        Assert.NotEmpty(upload.Metadata.GetOrderedMetadata<IAuthorizeData>());
        Assert.False(upload.Metadata.GetMetadata<IAntiforgeryMetadata>()!.RequiresValidation);
        Assert.Equal([400, 401, 403, 404, 409, 413], ProblemStatuses(upload));
        Assert.Contains(upload.Metadata.GetOrderedMetadata<IAcceptsMetadata>(), a => a.RequestType == typeof(SampleBody) && a.ContentTypes.SequenceEqual(["application/json"]));

        var plain = Endpoint(app, "GetSamples");
        Assert.Equal("/samples/", plain.RoutePattern.RawText);
        Assert.Empty(ProblemStatuses(plain));
        Assert.NotEmpty(plain.Metadata.GetOrderedMetadata<IAuthorizeData>());
    }

    [Fact]
    public async Task Map_AttributedHandler_BindsParameterAttributes()
    {
        using var app = WebApplication.CreateSlimBuilder().Build();
        app.MapApiEndpoints(typeof(Samples));
        var context = new DefaultHttpContext { RequestServices = app.Services };
        context.Request.Headers["X-Sample"] = "from the header";
        context.Response.Body = new MemoryStream();

        await Endpoint(app, "GetSamples").RequestDelegate!(context);

        context.Response.Body.Position = 0;
        Assert.Equal("\"from the header\"", await new StreamReader(context.Response.Body).ReadToEndAsync());
    }

    private static RouteEndpoint Endpoint(IEndpointRouteBuilder app, string name) =>
        app.DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>().Single(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName == name);

    private static int[] ProblemStatuses(Endpoint endpoint) =>
        [.. endpoint.Metadata.GetOrderedMetadata<IProducesResponseTypeMetadata>().Where(p => p.StatusCode >= 400).Select(p => p.StatusCode).Order()];

    public sealed record SampleBody(string Name);

    [ApiGroup("/samples", "Samples")]
    private static class Samples
    {
        [ApiRoute("POST", "/{id:guid}/files", DisableAntiforgery = true, ProblemStatus = StatusCodes.Status413PayloadTooLarge, Accepts = typeof(SampleBody))]
        [EndpointName("UploadSample"), EndpointSummary("Upload a sample file.")]
        private static NoContent Upload(Guid id, HttpRequest request) => TypedResults.NoContent();

        [ApiRoute("GET", "/", ProblemResponses = false), EndpointName("GetSamples"), EndpointSummary("The samples.")]
        private static Ok<string> List([FromHeader(Name = "X-Sample")] string sample) => TypedResults.Ok(sample);
    }

    [ApiGroup("/instance", "Samples")]
    private sealed class InstanceHandler
    {
        [ApiRoute("GET", "/"), EndpointName("InstanceGet")]
        public Ok Get() => TypedResults.Ok();
    }

    private static class NoGroup
    {
        [ApiRoute("GET", "/"), EndpointName("NoGroupGet")]
        private static Ok Get() => TypedResults.Ok();
    }

    [ApiGroup("/unnamed", "Samples")]
    private static class Unnamed
    {
        [ApiRoute("GET", "/")]
        private static Ok Get() => TypedResults.Ok();
    }
}
