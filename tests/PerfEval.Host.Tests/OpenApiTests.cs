using System.Text.Json;
using PerfEval.Host.Tests.Infrastructure;

namespace PerfEval.Host.Tests;

/// <summary>The OpenAPI document tells clients which problem responses each endpoint may give.</summary>
public sealed class OpenApiTests(PerfEvalFactory factory) : IClassFixture<PerfEvalFactory>
{
    [Theory]
    [InlineData("/api/reports/{id}", "put")]
    [InlineData("/api/reports/{id}/actions/{action}", "post")]
    [InlineData("/api/rule-sets/{id}/versions/{version}/publish", "post")]
    [InlineData("/api/rounds/{id}/deadline", "put")]
    [InlineData("/api/reports/{id}/review", "get")]
    [InlineData("/api/reports/{id}/review", "put")]
    [InlineData("/api/reports/{id}/review/annotations", "put")]
    [InlineData("/api/inbox/batch", "post")]
    [InlineData("/api/delegations", "get")]
    [InlineData("/api/delegations", "post")]
    [InlineData("/api/delegations/{id}/end", "post")]
    public async Task Document_Endpoint_DeclaresItsProblemResponses(string path, string method)
    {
        var client = factory.CreateClient();

        using var doc = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));

        var responses = doc.RootElement.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("responses");
        foreach (var status in new[] { "400", "403", "404", "409" })
        {
            Assert.True(responses.TryGetProperty(status, out _), $"{method} {path} does not declare {status}");
        }
    }
}
