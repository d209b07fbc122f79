using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace PerfEval.Host.Tests.Infrastructure;

/// <summary>The real host listening on a loopback port, on a database another host may share.</summary>
public sealed class KestrelHost : PerfEvalFactory
{
    public KestrelHost(string provider, string connectionString) : base(provider, connectionString)
    {
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        BaseAddress = new Uri(addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal));
        ClientOptions.BaseAddress = BaseAddress;
    }

    /// <summary>Where this host listens (a loopback address).</summary>
    public Uri BaseAddress { get; }
}
