using System.Globalization;

namespace DiplomacySim.Harness.Running;

/// <summary>
/// CPU seconds (user + system) spent by a process, read from <c>/proc/PID/stat</c>, so that a phase can
/// say where its time went: the server, PostgreSQL, the load generator. Linux reports them in clock
/// ticks of 1/100 s (USER_HZ).
/// </summary>
public static class CpuTime
{
    private const double TicksPerSecond = 100;

    /// <summary>utime + stime of one process; with <paramref name="children"/>, plus cutime + cstime: the children it has reaped.</summary>
    public static double Seconds(int pid, bool children = false)
    {
        var fields = Fields(pid.ToString(CultureInfo.InvariantCulture));
        if (fields is null)
            return 0;
        var ticks = Tick(fields, 14) + Tick(fields, 15);
        if (children)
            ticks += Tick(fields, 16) + Tick(fields, 17);
        return ticks / TicksPerSecond;
    }

    /// <summary>The harness's reaped children (cutime + cstime): a generator it ran to completion counts here once it has exited.</summary>
    public static double ReapedChildrenOfThisProcess()
    {
        var fields = Fields("self")!;
        return (Tick(fields, 16) + Tick(fields, 17)) / TicksPerSecond;
    }

    /// <summary>
    /// All of PostgreSQL: the postmaster, its live processes (backends, walwriter, checkpointer...) and
    /// those it has reaped (a backend that ended during the phase). The sum only grows.
    /// </summary>
    public static double PostgresSeconds(int postmaster)
    {
        var total = Seconds(postmaster, children: true);
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            var name = Path.GetFileName(dir);
            if (!char.IsAsciiDigit(name[0]) || Fields(name) is not { } fields || Parent(fields) != postmaster)
                continue;
            total += (Tick(fields, 14) + Tick(fields, 15)) / TicksPerSecond;
        }
        return total;
    }

    /// <summary>The parent of a process (the postmaster, for a backend's pid).</summary>
    public static int ParentOf(int pid) => Fields(pid.ToString(CultureInfo.InvariantCulture)) is { } fields ? Parent(fields) : 0;

    // Fields after the command name, which is in parentheses and may hold spaces: index 3 is the state (field 3 of proc(5)).
    private static string[]? Fields(string pid)
    {
        string text;
        try
        {
            text = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        var close = text.LastIndexOf(')');
        return close < 0 ? null : ["", "", "", .. text[(close + 2)..].Split(' ')];
    }

    private static int Parent(string[] fields) => int.Parse(fields[4], CultureInfo.InvariantCulture);

    private static long Tick(string[] fields, int field) => long.Parse(fields[field], CultureInfo.InvariantCulture);
}
