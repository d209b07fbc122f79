using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;

namespace PerfEval.Bench;

/// <summary>The built host started as its own process (Development, demo data on) on a loopback port, logging to a file.</summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Uri _baseAddress;

    private HostProcess(Process process, Uri baseAddress, double startupSeconds)
    {
        _process = process;
        _baseAddress = baseAddress;
        StartupSeconds = startupSeconds;
    }

    /// <summary>From process start to the first 200 of <c>/health</c>.</summary>
    public double StartupSeconds { get; }

    public static async Task<HostProcess> StartAsync(string hostDll, string provider, string connection)
    {
        var port = FreePort();
        var logFile = Path.Combine(Path.GetTempPath(), $"perfeval-bench-host-{port}.log");
        var info = new ProcessStartInfo("/bin/sh", ["-c", $"exec dotnet \"{hostDll}\" > \"{logFile}\" 2>&1"])
        {
            WorkingDirectory = Path.GetDirectoryName(hostDll)!,
            UseShellExecute = false,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        info.Environment["Database__Provider"] = provider;
        info.Environment["ConnectionStrings__PerfEval"] = connection;
        info.Environment["Security__LoginAttemptsPerMinute"] = "1000";
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        var watch = Stopwatch.StartNew();
        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start the host");
        using var probe = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(5) };
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"the host exited ({process.ExitCode}); see {logFile}");
            }

            try
            {
                using var response = await probe.GetAsync(new Uri("/health", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    break;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            if (watch.Elapsed > TimeSpan.FromMinutes(10))
            {
                process.Kill(true);
                throw new TimeoutException($"the host did not answer /health in 10 minutes; see {logFile}");
            }

            await Task.Delay(25);
        }

        return new HostProcess(process, baseAddress, watch.Elapsed.TotalSeconds);
    }

    /// <summary>A client signed in as a demo user, sending the API header every write needs.</summary>
    public async Task<HttpClient> ClientForAsync(string userName)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), UseCookies = true })
        {
            BaseAddress = _baseAddress,
            Timeout = TimeSpan.FromMinutes(10),
        };
        client.DefaultRequestHeaders.Add("X-PerfEval-Request", "1");
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName, password = "PerfEval-demo-2026" });
        response.EnsureSuccessStatusCode();
        return client;
    }

    public double RssMb() => Status("VmRSS:");

    public double PeakRssMb() => Status("VmHWM:");

    /// <summary>Resets the kernel's peak-RSS mark (VmHWM) of the host process.</summary>
    public void ResetPeakRss() => File.WriteAllText($"/proc/{_process.Id}/clear_refs", "5");

    private double Status(string key)
    {
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            if (line.StartsWith(key, StringComparison.Ordinal))
            {
                return double.Parse(line[key.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024.0;
            }
        }

        return double.NaN;
    }

    private bool _disposed;

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_process.HasExited)
        {
            _process.Dispose();
            return;
        }

        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill!.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(true);
        }

        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
