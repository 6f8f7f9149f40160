using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DiplomacySim.Server.Tests.Hosting;

/// <summary>A hub connection's request lasts for hours; nothing the logging keeps per request may live that long by default.</summary>
public sealed class LoggingSettingsTests(DiplomacySimServer server) : IClassFixture<DiplomacySimServer>
{
    [Fact]
    public void LogScopes_AreNotCaptured_AndHostingDiagnosticsAreOff()
    {
        server.Services.GetRequiredService<IOptions<LoggerFilterOptions>>().Value.CaptureScopes.ShouldBeFalse();
        server.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics").IsEnabled(LogLevel.Critical).ShouldBeFalse();
    }
}
