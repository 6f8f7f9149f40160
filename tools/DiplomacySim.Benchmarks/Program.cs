using BenchmarkDotNet.Running;

// `dotnet run -c Release --project tools/DiplomacySim.Benchmarks -- --filter '*'` runs them all;
// BenchmarkDotNet's own options (--job short, --filter '*Import*') pass through.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
