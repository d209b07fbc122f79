using System.Net;
using System.Net.Sockets;
using System.Text;

namespace PerfEval.Host.BrowserTests.Infrastructure;

/// <summary>
/// A hostile site on another loopback port of the same host (127.0.0.1): the "same site" as PerfEval for the browser,
/// so SameSite=Strict cookies still go along with its requests. It serves whatever pages a test gives it.
/// </summary>
public sealed class AttackerSite : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Dictionary<string, string> _pages = new(StringComparer.Ordinal);
    private readonly Task _serving;

    public AttackerSite()
    {
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public string Origin => $"http://127.0.0.1:{Port}";

    /// <summary>Serves <paramref name="html"/> at <paramref name="path"/> and returns its address.</summary>
    public string Serve(string path, string html)
    {
        lock (_pages)
        {
            _pages[path] = html;
        }

        return Origin + path;
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _serving.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // the listener was stopped under a pending GetContextAsync
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            string? html;
            lock (_pages)
            {
                _pages.TryGetValue(context.Request.Url!.AbsolutePath, out html);
            }

            var bytes = Encoding.UTF8.GetBytes(html ?? "not found");
            context.Response.StatusCode = html is null ? 404 : 200;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
