using DiplomacySim.Server.Hosting;

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddDiplomacySim();

    var app = builder.Build();
    app.UseDiplomacySim();
    var demo = await app.InitializeDatabaseAsync();
    app.PrintWhenStarted(demo);
    await app.RunAsync();
    return 0;
}
catch (StartupProblem problem)
{
    // A setting is missing or wrong: say which and how to set it, without a stack trace.
    await Console.Error.WriteLineAsync($"DiplomacySim cannot start: {problem.Message}");
    return StartupProblem.ExitCode;
}

/// <summary>The entry point; public so that tests can host the server with WebApplicationFactory.</summary>
public partial class Program;
