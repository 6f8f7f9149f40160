using DiplomacySim.Client;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacySim.Browser.Tests;

/// <summary>
/// The real server on a fresh PostgreSQL database, listening on a free TCP port of 127.0.0.1 so that
/// Chromium reaches it as a user's browser would (WebSockets and all).
/// </summary>
public sealed class BrowserServer : DiplomacySimServer
{
    public BrowserServer() => UseKestrel(0);

    /// <summary>The address the page is served from, e.g. http://127.0.0.1:41234.</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    protected override void StartHost()
    {
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Address = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
    }

    /// <summary>An API client over real HTTP, signed in as one of the test world's accounts, for setting up a scene.</summary>
    public async Task<DiplomacySimClient> ApiAsAsync(string userName)
    {
        var client = new DiplomacySimClient(new HttpClient { BaseAddress = Address });
        await client.LoginAsync(userName, DemoPassword);
        return client;
    }
}
