using System.Globalization;
using DiplomacySim.Harness.Benchmarks;
using DiplomacySim.Harness.Running;

// A harness, not a test: it prints and writes figures and asserts nothing.
if (args.Contains("--help") || args.Contains("-h"))
{
    Console.WriteLine(HarnessOptions.Usage);
    return 0;
}
// The fan-out reference runs as a process of its own, started by the harness.
if (args is ["broadcast-server", var port])
{
    await BroadcastServer.RunAsync(int.Parse(port, CultureInfo.InvariantCulture));
    return 0;
}
return await HarnessRun.RunAsync(args);
