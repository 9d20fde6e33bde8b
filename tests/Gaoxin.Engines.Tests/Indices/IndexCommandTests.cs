using System.Text.Json;
using Gaoxin.Engines.Indices;
using static Gaoxin.Engines.Tests.Indices.Tables;

namespace Gaoxin.Engines.Tests.Indices;

public sealed class IndexCommandTests
{
    private static (int Code, string Stdout, string Stderr) Run(string json)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = IndexCommand.Run(new StringReader(json), stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static JsonElement[] Results(string stdout) => JsonDocument.Parse(stdout).RootElement.GetProperty("results").EnumerateArray().ToArray();

    [Fact]
    public void Issue_7_example_prints_60_68_333_40_19_167_and_ranks_A2_B1_C3_D4()
    {
        var (code, stdout, stderr) = Run(Issue7Json());
        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        var results = Results(stdout);
        Assert.Equal(["A", "B", "C", "D"], results.Select(r => r.GetProperty("unit").GetString()));
        Assert.Equal([60, 68.333, 40, 19.167], results.Select(r => r.GetProperty("score").GetDouble()));
        Assert.Equal([2, 1, 3, 4], results.Select(r => r.GetProperty("rank").GetInt32()));
        Assert.Equal(75, results[0].GetProperty("dimensions").GetProperty("D1").GetDouble());
        Assert.Equal(JsonValueKind.Null, results[0].GetProperty("medianRank").ValueKind);
    }

    [Fact]
    public void Issue_7_geometric_exits_2_naming_the_aggregation()
    {
        var (code, stdout, stderr) = Run(Issue7Json("geometric"));
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.StartsWith("gaoxin index: Geometric aggregation needs every normalised value above zero", stderr);
    }

    [Fact]
    public void Geometric_on_min_max_1_to_100_is_accepted()
    {
        var (code, stdout, _) = Run(Issue7Json("geometric", """{"method":"minmax","low":1,"high":100}"""));
        Assert.Equal(0, code);
        Assert.Equal([2, 1, 4, 3], Results(stdout).Select(r => r.GetProperty("rank").GetInt32()));
    }

    [Fact]
    public void Uncertainty_adds_the_median_rank_and_the_interval()
    {
        var uncertainty = """{"runs":400,"seed":1,"weightNoise":0,"weightSets":[{"X1":1,"X2":0,"X3":0},{"X1":0,"X2":1,"X3":0}]}""";
        var (code, stdout, stderr) = Run(Issue7Json(uncertainty: uncertainty));
        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        var b = Results(stdout)[1];
        Assert.Equal([1, 2], b.GetProperty("rankInterval").EnumerateArray().Select(e => e.GetInt32()));
        Assert.InRange(b.GetProperty("medianRank").GetInt32(), 1, 2);
        Assert.Equal(1, b.GetProperty("rank").GetInt32());
    }

    [Fact]
    public void A_unit_without_values_exits_2_naming_it()
    {
        var json = Issue7Json().Replace("\"D\":{\"X1\":400,\"X2\":1,\"X3\":0.4}", "\"E\":{}", StringComparison.Ordinal).Replace("\"C\",\"D\"]", "\"C\",\"D\",\"E\"]", StringComparison.Ordinal);
        var (code, _, stderr) = Run(json);
        Assert.Equal(2, code);
        Assert.Contains("Unit 'D' has no values", stderr);
    }

    [Theory]
    [InlineData("""{"method":"logistic"}""", "Normalisation method 'logistic' is unknown")]
    [InlineData("""{"method":"target"}""", "needs a target for indicator 'X1'")]
    public void An_unknown_or_unusable_normalisation_exits_2(string normalisation, string message)
    {
        var (code, _, stderr) = Run(Issue7Json(normalisation: normalisation));
        Assert.Equal(2, code);
        Assert.Contains(message, stderr);
    }

    [Fact]
    public void Bad_json_and_an_unknown_aggregation_and_a_misspelt_field_exit_2()
    {
        Assert.Equal(2, Run("{\"units\": [").Code);
        Assert.Contains("Aggregation 'median' is unknown", Run(Issue7Json("median")).Stderr);
        var misspelt = Run(Issue7Json().Replace("\"normalisation\"", "\"normalization\"", StringComparison.Ordinal));
        Assert.Equal(2, misspelt.Code);
        Assert.Contains("normalization", misspelt.Stderr);
    }

    [Fact]
    public void A_missing_value_may_be_null_and_is_handled_by_coverage()
    {
        var json = Issue7Json().Replace("\"X2\":2,", "\"X2\":null,", StringComparison.Ordinal);
        var (code, stdout, _) = Run(json);
        Assert.Equal(0, code);
        Assert.Equal(50 / 0.7, Results(stdout)[0].GetProperty("score").GetDouble(), 3);
    }

    [Fact]
    public void Winsorisation_is_asked_for_in_the_input_and_its_clipped_points_are_printed()
    {
        var units = Enumerable.Range(1, 12).Select(i => $"P{i}").ToList();
        double[] x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100];
        var values = string.Join(",", units.Select((u, i) => $"\"{u}\":{{\"X\":{x[i]}}}"));
        var json = $"{{\"units\":[{string.Join(",", units.Select(u => $"\"{u}\""))}],\"indicators\":[{{\"code\":\"X\"}}],\"values\":{{{values}}},\"winsorisation\":{{\"maxPoints\":5}}}}";
        var (code, stdout, stderr) = Run(json);
        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        var clipped = JsonDocument.Parse(stdout).RootElement.GetProperty("clipped").EnumerateArray().First();
        Assert.Equal("P12", clipped.GetProperty("unit").GetString());
        Assert.Equal(30, clipped.GetProperty("clippedTo").GetDouble());
        Assert.Equal([1, 1], Results(stdout).TakeLast(2).Select(r => r.GetProperty("rank").GetInt32()));
    }
}
