using DiplomacySim.Harness.Drills;

namespace DiplomacySim.Harness.Running;

/// <summary>
/// One run: every step in order, each on a database of its own, then the two documents. It exits
/// non-zero only when a step could not run or found a loss, so that the smoke test in the suite
/// notices a harness that rotted.
/// </summary>
public static class HarnessRun
{
    public static IReadOnlyList<IStep> Steps { get; } =
    [
        new HotPairsDrill(),
        new HostileInputDrill(),
        new ServerKillDrill(),
        new PostgresRestartDrill(),
        new RedisOutageDrill(),
        new RateLimitDrill(),
        new Benchmarks.DurableSends(),
        new Benchmarks.FanOut(),
        new Benchmarks.IdleConnections(),
        new Benchmarks.DeliveryLatency(),
        new Benchmarks.TwoInstances(),
        new Benchmarks.RelayAtRest(),
        new Benchmarks.Growth(),
        new Benchmarks.CampaignCreation(),
    ];

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var options = HarnessOptions.Parse(args);
        if (options.Only?.FirstOrDefault(name => Steps.All(s => s.Name != name)) is { } unknown)
        {
            // A typo would otherwise run nothing and still rewrite the documents.
            Console.Error.WriteLine($"No step is called '{unknown}'. The steps: {string.Join(", ", Steps.Select(s => s.Name))}.");
            return 2;
        }
        var machine = Machine.Read();
        var command = Environment.GetEnvironmentVariable("DIPLOMACYSIM_HARNESS_COMMAND") ?? "./tests/harness.sh" + (options.Smoke ? " --smoke" : "");
        var report = new Report(options, machine, command);
        var work = Directory.CreateTempSubdirectory("diplomacysim-harness-").FullName;
        Console.WriteLine($"== harness: server logs in {work}");

        var failed = 0;
        foreach (var step in Steps.Where(s => options.Runs(s.Name)))
        {
            Console.WriteLine($"== running {step.Name}");
            try
            {
                await using var context = await HarnessContext.CreateAsync(options, $"harness_{step.Name.Replace('-', '_')}", work);
                foreach (var section in await step.RunAsync(context))
                {
                    report.Add(section);
                    failed += section.Failed ? 1 : 0;
                }
            }
            catch (Exception exception)
            {
                failed++;
                report.Add(new Section(Document.Reliability, step.Name, $"The step could not run: `{exception.GetType().Name}: {exception.Message}`", "could not run", Failed: true));
                Console.Error.WriteLine(exception);
            }
        }

        await report.WriteAsync();
        Console.WriteLine($"== wrote {Path.Combine(options.Out, "benchmarks.md")} and {Path.Combine(options.Out, "reliability.md")}");
        return failed == 0 ? 0 : 1;
    }
}
