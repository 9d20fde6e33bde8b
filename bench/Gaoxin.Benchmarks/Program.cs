using BenchmarkDotNet.Running;
using Gaoxin.Benchmarks;

// dotnet run -c Release --project bench/Gaoxin.Benchmarks -- NAME [--quick]
//   --quick: a side-by-side run in under two minutes that prints one summary line last.
//   without: the full BenchmarkDotNet run of NAME's benchmark class.
var quick = args.Contains("--quick");
var name = args.FirstOrDefault(a => !a.StartsWith('-'));
if (name is null || !Suite.All.TryGetValue(name, out var bench))
{
    Console.WriteLine("Usage: dotnet run -c Release --project bench/Gaoxin.Benchmarks -- NAME [--quick]");
    Console.WriteLine("Benchmarks:");
    foreach (var (key, b) in Suite.All)
    {
        Console.WriteLine($"  {key,-12} {b.Description}");
    }

    return name is null ? 0 : 64;
}

if (quick)
{
    var summary = await bench.RunQuickAsync();
    Console.WriteLine(summary);
    return 0;
}

BenchmarkRunner.Run(bench.BenchmarkType, args: args.Where(a => a != name).ToArray());
return 0;
