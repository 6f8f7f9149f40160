using DiplomacySim.Harness.Running;

// A harness, not a test: it prints and writes figures and asserts nothing.
if (args.Contains("--help") || args.Contains("-h"))
{
    Console.WriteLine(HarnessOptions.Usage);
    return 0;
}
return await HarnessRun.RunAsync(args);
