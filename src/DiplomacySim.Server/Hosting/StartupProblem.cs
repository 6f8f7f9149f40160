namespace DiplomacySim.Server.Hosting;

/// <summary>
/// A setting the server cannot start without, missing or wrong. Program prints its message, which says
/// what to set, and exits with code 2 instead of dying with a stack trace (exit 134).
/// </summary>
public sealed class StartupProblem(string message) : Exception(message)
{
    public const int ExitCode = 2;
}
