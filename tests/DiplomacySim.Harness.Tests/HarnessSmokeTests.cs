using DiplomacySim.Harness.Running;
using DiplomacySim.Testing;

namespace DiplomacySim.Harness.Tests;

/// <summary>
/// The whole harness with tiny counts against the suite's PostgreSQL and Redis, the server as a
/// separate process. It checks that every step runs and finds nothing lost, never a figure: figures
/// are for docs/benchmarks.md, not for assertions.
/// </summary>
public sealed class HarnessSmokeTests
{
    [Fact]
    public async Task SmokeRun_RunsEveryStepAndWritesBothDocuments()
    {
        var output = Directory.CreateTempSubdirectory("harness-smoke-").FullName;
        string[] args = ["--smoke", "--server-dll", ServerDll(), "--postgres", TestPostgres.MaintenanceConnectionString, "--redis", TestRedis.ConnectionString, "--out", output];

        var exitCode = await HarnessRun.RunAsync(args);

        var reliability = await File.ReadAllTextAsync(Path.Combine(output, "reliability.md"));
        var benchmarks = await File.ReadAllTextAsync(Path.Combine(output, "benchmarks.md"));
        exitCode.ShouldBe(0, reliability + benchmarks);
        reliability.ShouldNotContain("could not run");
        benchmarks.ShouldNotContain("could not run");
    }

    // The server this suite built, in the same configuration as this test assembly.
    private static string ServerDll()
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = here.Parent!.Name;
        var root = here;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "DiplomacySim.sln")))
            root = root.Parent;
        var dll = Path.Combine(root!.FullName, "src", "DiplomacySim.Server", "bin", configuration, "net10.0", "DiplomacySim.Server.dll");
        File.Exists(dll).ShouldBeTrue($"The server is built before the tests: {dll}");
        return dll;
    }
}
