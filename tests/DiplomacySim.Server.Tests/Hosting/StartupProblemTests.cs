using System.Diagnostics;
using System.Net;
using DiplomacySim.Server.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DiplomacySim.Server.Tests.Hosting;

/// <summary>Production settings that are missing or wrong stop the server with a message saying what to set, not a stack trace.</summary>
public sealed class StartupProblemTests
{
    [Fact]
    public async Task ProductionWithoutAConnectionString_SaysWhatToSet_AndExitsWithCode2()
    {
        var server = Path.Combine(AppContext.BaseDirectory, "DiplomacySim.Server.dll");
        var start = new ProcessStartInfo("dotnet", [server])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Database__Provider"] = "Postgres",
                ["ConnectionStrings__Postgres"] = "",
                ["Urls"] = "http://127.0.0.1:0",
            },
        };
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(patience.Token);

        process.ExitCode.ShouldBe(2);
        var said = await errors + await output;
        said.ShouldContain("DiplomacySim cannot start: Database:Provider is Postgres but ConnectionStrings:Postgres is empty");
        said.ShouldNotContain("   at ");
    }

    [Fact]
    public void KnownProxies_AreTheOnlyOnesTrustedWithForwardedHeaders()
    {
        var options = ForwardedOptions(new() { ["ForwardedHeaders:KnownProxies:0"] = "10.0.0.5", ["ForwardedHeaders:KnownNetworks:0"] = "172.18.0.0/16" });

        options.KnownProxies.ShouldBe([IPAddress.Parse("10.0.0.5")]);
        options.KnownIPNetworks.ShouldHaveSingleItem().ToString().ShouldBe("172.18.0.0/16");
        options.ForwardedHeaders.ShouldBe(ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);
    }

    [Fact]
    public void AProxyThatIsNotAnAddress_IsAStartupProblemSayingHowToWriteIt() =>
        Should.Throw<DiplomacySim.Server.Hosting.StartupProblem>(() => ForwardedOptions(new() { ["ForwardedHeaders:KnownProxies:0"] = "the-balancer" }))
            .Message.ShouldContain("not an IP address");

    private static ForwardedHeadersOptions ForwardedOptions(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection().AddForwardedHeadersFromKnownProxies(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value;
    }
}
