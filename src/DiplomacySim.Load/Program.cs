using DiplomacySim.Load;

// A load tool, not a test: it prints figures for docs/benchmarks.md and asserts nothing.
if (args.Contains("--help") || args.Contains("-h"))
{
    Console.WriteLine(LoadOptions.Usage);
    return 0;
}
var options = LoadOptions.Parse(args);
using var http = new HttpClient { BaseAddress = options.Server, Timeout = TimeSpan.FromMinutes(2) };
if (args.Contains("idle"))
    await IdleConnections.RunAsync(http, options);
else
    await DeliveryLatency.RunAsync(http, options);
return 0;
