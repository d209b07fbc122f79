using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using PerfEval.Host.Infrastructure;

namespace PerfEval.Host.Tests.Infrastructure;

/// <summary>Small helpers for JSON requests in the API's conventions.</summary>
public static class ApiJson
{
    public static JsonSerializerOptions Options => JsonDefaults.Options;

    public static async Task<JsonNode> ReadNodeAsync(this HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var text = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(text) ?? throw new InvalidOperationException("empty body");
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body)
        => client.PostAsJsonAsync(url, body, Options);

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, object body)
        => client.PutAsJsonAsync(url, body, Options);

    public static Task<HttpResponseMessage> SendRawAsync(this HttpClient client, HttpMethod method, string url, string json)
    {
        ArgumentNullException.ThrowIfNull(client);
        var request = new HttpRequestMessage(method, url) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };
        return client.SendAsync(request);
    }

    /// <summary>Reads a seed report file from samples/seeds as a JSON node.</summary>
    public static JsonObject Seed(string file)
    {
        var dir = AppContext.BaseDirectory;
        while (dir is not null && !Directory.Exists(Path.Combine(dir, "samples", "seeds")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        var path = Path.Combine(dir ?? throw new DirectoryNotFoundException("samples/seeds"), "samples", "seeds", file);
        return JsonNode.Parse(File.ReadAllText(path))!.AsObject();
    }
}
