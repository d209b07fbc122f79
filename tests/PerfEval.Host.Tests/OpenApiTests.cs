using System.Text.Json;
using PerfEval.Host.Tests.Infrastructure;

namespace PerfEval.Host.Tests;

/// <summary>The OpenAPI document names and describes every operation and tells clients which problem responses each may give.</summary>
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

    [Fact]
    public async Task Document_EveryOperation_HasItsNameAndSummary()
    {
        using var doc = await DocumentAsync();

        var operations = doc.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => (Where: $"{op.Name} {path.Name}", Operation: op.Value)))
            .ToList();

        Assert.True(operations.Count >= 60, $"only {operations.Count} operations");
        Assert.All(operations, o => Assert.False(string.IsNullOrWhiteSpace(o.Operation.GetProperty("operationId").GetString()), o.Where));
        Assert.All(operations, o => Assert.False(string.IsNullOrWhiteSpace(o.Operation.GetProperty("summary").GetString()), o.Where));
        Assert.Equal(operations.Count, operations.Select(o => o.Operation.GetProperty("operationId").GetString()).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("/api/reports/{id}", "get", "GetReport", "Reports", null)]
    [InlineData("/api/inbox", "get", "GetInbox", "Workflow", null)]
    [InlineData("/api/reports/{id}/attachments", "post", "UploadAttachment", "Attachments", "413")]
    [InlineData("/api/rule-sets/{id}/versions/{version}/impact-runs", "post", "StartImpactRun", "RuleSets", null)]
    [InlineData("/api/auth/login", "post", "Login", "Auth", null)]
    public async Task Document_Operation_KeepsItsNameTagAndExtraProblem(string path, string method, string name, string tag, string? extraStatus)
    {
        using var doc = await DocumentAsync();

        var operation = doc.RootElement.GetProperty("paths").GetProperty(path).GetProperty(method);

        Assert.Equal(name, operation.GetProperty("operationId").GetString());
        Assert.Equal([tag], operation.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        if (extraStatus is not null)
        {
            Assert.True(operation.GetProperty("responses").TryGetProperty(extraStatus, out _), $"{method} {path} does not declare {extraStatus}");
        }
    }

    [Fact]
    public async Task Document_Inbox_DeclaresNoProblemResponses()
    {
        using var doc = await DocumentAsync();

        var responses = doc.RootElement.GetProperty("paths").GetProperty("/api/inbox").GetProperty("get").GetProperty("responses");

        Assert.Equal(["200"], responses.EnumerateObject().Select(r => r.Name));
    }

    private async Task<JsonDocument> DocumentAsync() =>
        JsonDocument.Parse(await factory.CreateClient().GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
}
