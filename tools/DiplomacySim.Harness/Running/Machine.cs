using System.Globalization;

namespace DiplomacySim.Harness.Running;

/// <summary>The machine the figures were taken on: cores, memory, processor, and how busy it was.</summary>
public sealed record Machine(int Cores, long MemoryBytes, string Processor, string Os, string Runtime, double LoadBefore, DateTimeOffset Started)
{
    public static Machine Read()
    {
        string Field(string file, string name) =>
            File.Exists(file) ? File.ReadLines(file).FirstOrDefault(l => l.StartsWith(name, StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "" : "";
        var memoryKiB = long.Parse(Field("/proc/meminfo", "MemTotal").Split(' ')[0], CultureInfo.InvariantCulture);
        var os = File.Exists("/etc/os-release")
            ? File.ReadLines("/etc/os-release").FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))?.Split('=', 2)[1].Trim('"') ?? ""
            : "";
        return new Machine(Environment.ProcessorCount, memoryKiB * 1024, Field("/proc/cpuinfo", "model name"), os,
            System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription, LoadAverage(), DateTimeOffset.UtcNow);
    }

    /// <summary>The 1-minute load average: above zero before the run starts means someone else is using the machine.</summary>
    public static double LoadAverage() =>
        double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture);

    public string Markdown() => HarnessOptions.Invariant($"""
        Machine: {Cores} cores ({Processor}), {MemoryBytes / (1024.0 * 1024 * 1024):F1} GiB, {Os}, {Runtime}; run started
        {Started:yyyy-MM-dd HH:mm} UTC. Server, PostgreSQL, Redis and the load all share these cores over loopback, so
        every figure includes the load generator's own cost. Load average before the run: {LoadBefore:F2}, after:
        {LoadAverage():F2}{(LoadBefore > 0.5 ? " — **the machine was shared** with other work during the run; ratios hold up better than absolute figures" : "")}.
        """);
}
