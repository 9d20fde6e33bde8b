using System.Text.Json;
using Gaoxin.Hosting.Cli;

namespace Gaoxin.Tests.Foundation;

/// <summary><c>gaoxin schedule</c>: the critical-path engine from the command line (issue 4's CLI contract).</summary>
public sealed class ScheduleCliTests
{
    private static async Task<(int Exit, string Out, string Err)> RunAsync(string json, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await ScheduleVerb.RunAsync(args.Length == 0 ? ["-"] : args, new StringReader(json), stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task The_worked_example_of_the_issue_holds()
    {
        var (exit, output, _) = await RunAsync("""
            {"calendar":"all-days","start":"2025-01-01",
             "activities":[{"id":"A","duration":3},{"id":"B","duration":2},{"id":"C","duration":4},{"id":"D","duration":3},{"id":"E","duration":2}],
             "links":[{"from":"A","to":"B","type":"FS","lag":0},{"from":"A","to":"C"},{"from":"B","to":"D"},{"from":"C","to":"D"},{"from":"A","to":"E"}]}
            """);
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var a = json.RootElement.GetProperty("activities").EnumerateArray().ToDictionary(x => x.GetProperty("id").GetString()!);
        Assert.Equal(("2025-01-01", "2025-01-03"), (a["A"].GetProperty("earlyStart").GetString(), a["A"].GetProperty("earlyFinish").GetString()));
        Assert.Equal(("2025-01-04", "2025-01-07"), (a["C"].GetProperty("earlyStart").GetString(), a["C"].GetProperty("earlyFinish").GetString()));
        Assert.Equal(("2025-01-08", "2025-01-10"), (a["D"].GetProperty("earlyStart").GetString(), a["D"].GetProperty("earlyFinish").GetString()));
        Assert.Equal([0, 2, 0, 0, 5], new[] { "A", "B", "C", "D", "E" }.Select(id => a[id].GetProperty("totalFloat").GetInt32()));
        Assert.Equal(2, a["B"].GetProperty("freeFloat").GetInt32());
        Assert.Equal(5, a["E"].GetProperty("freeFloat").GetInt32());
        Assert.Equal(["A", "C", "D"], json.RootElement.GetProperty("criticalPath").EnumerateArray().Select(x => x.GetString()));
    }

    [Fact]
    public async Task National_Day_2025_on_the_PRC_calendar_uses_the_make_up_Sunday_and_skips_the_holiday()
    {
        var (exit, output, _) = await RunAsync("""
            {"calendar":"cn","start":"2025-09-26","deadline":"2025-10-10",
             "activities":[{"id":"A","duration":3},{"id":"B","duration":2}],
             "links":[{"from":"A","to":"B","type":"FS","lag":0}]}
            """);
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var a = json.RootElement.GetProperty("activities").EnumerateArray().ToDictionary(x => x.GetProperty("id").GetString()!);
        // 26 Sep (Fri), 28 Sep (make-up Sunday), 29 Sep; then 30 Sep and, after 1–8 Oct off, 9 Oct.
        Assert.Equal("2025-09-29", a["A"].GetProperty("earlyFinish").GetString());
        Assert.Equal("2025-10-09", a["B"].GetProperty("earlyFinish").GetString());
        Assert.Equal(1, a["B"].GetProperty("totalFloat").GetInt32()); // 10 Oct is the one working day to spare
    }

    [Fact]
    public async Task A_cycle_is_refused_with_its_activities_named_and_exit_code_2()
    {
        var (exit, output, error) = await RunAsync("""
            {"calendar":"cn","start":"2025-03-03","activities":[{"id":"用地","duration":3},{"id":"规划许可","duration":2}],
             "links":[{"from":"用地","to":"规划许可"},{"from":"规划许可","to":"用地"}]}
            """);
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("用地", error, StringComparison.Ordinal);
        Assert.Contains("规划许可", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"calendar":"cn","start":"2031-03-03","activities":[{"id":"A","duration":3}]}""", "2031")]
    [InlineData("""{"calendar":"cn","start":"2025-03-03","activities":[{"id":"A","duration":3}],"links":[{"from":"A","to":"Z"}]}""", "Z")]
    [InlineData("""{"calendar":"cn","start":"2025-03-03","activities":[{"id":"A"}]}""", "no duration")]
    [InlineData("""{"calendar":"cn","activities":[]}""", "start date")]
    [InlineData("""{"calendar":"cn","start":"2025-03-03","activities":[{"id":"A","duration":3,"constraint":{"type":"XYZ","date":"2025-03-05"}}]}""", "SNET")]
    [InlineData("""{"calendar":"cn",""", "not valid JSON")]
    public async Task Bad_input_is_refused_with_a_message_that_names_the_problem(string json, string expected)
    {
        var (exit, _, error) = await RunAsync(json);
        Assert.Equal(2, exit);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_file_is_named()
    {
        var (exit, _, error) = await RunAsync(string.Empty, "/no/such/plan.json");
        Assert.Equal(2, exit);
        Assert.Contains("no such file", error, StringComparison.Ordinal);
    }
}
