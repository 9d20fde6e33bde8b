using System.Text.Json;
using Gaoxin.Modules.Evaluation.Features.Index;

namespace Gaoxin.Tests.Evaluation;

/// <summary><c>gaoxin index</c>: the composite-index engine from the command line (issue 7's CLI contract).</summary>
public sealed class IndexCliTests
{
    private const string FourParks = """
        {"units":["A","B","C","D"],
         "indicators":[{"code":"X1","direction":"+","weight":0.5,"dimension":"D1"},{"code":"X2","direction":"+","weight":0.3,"dimension":"D1"},{"code":"X3","direction":"-","weight":0.2,"dimension":"D2"}],
         "values":{"A":{"X1":1000,"X2":2,"X3":0.5},"B":{"X1":600,"X2":4,"X3":0.3},"C":{"X1":200,"X2":3,"X3":0.2},"D":{"X1":400,"X2":1,"X3":0.4}},
         "normalisation":{"method":"minmax","low":0,"high":100},
         "aggregation":"AGG"}
        """;

    private static async Task<(int Exit, string Out, string Err)> RunAsync(string json, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await IndexVerb.RunAsync(args.Length == 0 ? ["-"] : args, new StringReader(json), stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task The_four_parks_of_the_issue_score_and_rank_from_standard_input()
    {
        var (exit, output, _) = await RunAsync(FourParks.Replace("AGG", "arithmetic", StringComparison.Ordinal));
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var results = json.RootElement.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal([60.0, 68.333, 40.0, 19.167], results.Select(r => r.GetProperty("score").GetDouble()));
        Assert.Equal([2, 1, 3, 4], results.Select(r => r.GetProperty("rank").GetInt32()));
    }

    [Fact]
    public async Task A_file_is_read_and_geometric_over_zeros_exits_2_naming_the_aggregation()
    {
        var path = Path.Combine(Path.GetTempPath(), $"gaoxin-index-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, FourParks.Replace("AGG", "geometric", StringComparison.Ordinal));
        try
        {
            var (exit, output, error) = await RunAsync(string.Empty, path);
            Assert.Equal(2, exit);
            Assert.Empty(output);
            Assert.Contains("eometric", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }

        var (missingExit, _, missing) = await RunAsync(string.Empty, "/nowhere/parks.json");
        Assert.Equal(2, missingExit);
        Assert.Contains("no such file", missing, StringComparison.Ordinal);
        Assert.Equal(2, (await RunAsync("{\"units\":")).Exit);
    }
}
