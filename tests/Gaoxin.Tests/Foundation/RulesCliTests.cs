using Gaoxin.Hosting.Cli;

namespace Gaoxin.Tests.Foundation;

[Collection(nameof(ConsoleCollection))]
public sealed class RulesCliTests
{
    private static string Shipped()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Gaoxin.slnx")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir!.FullName, "src", "Gaoxin.Engines", "Rules", "Shipped");
    }

    [Fact]
    public async Task Rules_test_runs_the_shipped_policies_cases()
    {
        var output = await CliTests.CaptureAsync(() => GaoxinCli.RunAsync(["rules", "test", Shipped()]));
        Assert.True(output.Exit == 0, output.Text + output.Error);
        Assert.Contains("liudong-outward-sales", output.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rules_eval_prints_eligibility_amount_and_explanation_per_row_and_unknown_for_missing_inputs()
    {
        var csv = Path.Combine(Path.GetTempPath(), $"gaoxin-rules-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(csv, "id,industry,outward_supply\nA,汽车,60000000\nB,汽车零部件,\n");
        try
        {
            var output = await CliTests.CaptureAsync(() => GaoxinCli.RunAsync(["rules", "eval", "--policy", "liudong-outward-sales", "--period", "2021", "--input", csv]));
            Assert.True(output.Exit == 0, output.Error);
            var lines = output.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            Assert.Equal("id,eligible,amount,explanation", lines[0]);
            Assert.StartsWith("A,true,", lines[1], StringComparison.Ordinal);
            Assert.StartsWith("B,unknown,,", lines[2], StringComparison.Ordinal);

            var missing = await CliTests.CaptureAsync(() => GaoxinCli.RunAsync(["rules", "eval", "--policy", "liudong-outward-sales", "--period", "2021", "--input", csv + ".nope"]));
            Assert.NotEqual(0, missing.Exit);
            Assert.Contains("No file", missing.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(csv);
        }
    }
}
