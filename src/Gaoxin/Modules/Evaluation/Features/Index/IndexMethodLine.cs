using System.Globalization;

namespace Gaoxin.Modules.Evaluation.Features.Index;

/// <summary>The index result's one-line description of its method (normalisation, aggregation, weights, runs) in the user's language.</summary>
public static class IndexMethodLine
{
    public static string Describe(string normalisation, IndexMethodEdit.Edited method, string aggregation, IReadOnlyList<string> dimensions, int runs, double noise)
    {
        var range = (F(method.Low), F(method.High));
        var norm = normalisation switch
        {
            "minmax" or "min-max" => Text.Get("Eval.Method.minmax", range.Item1, range.Item2),
            "target" or "distance" => Text.Get("Eval.Method.target", range.Item1, range.Item2),
            "zscore" or "z-score" => Text.Get("Eval.Method.zscore"),
            _ => Text.Get("Eval.Method.rank"),
        };
        var weights = method.DimensionWeights is { } w
            ? string.Join(Text.Get("Eval.Method.Separator"), dimensions.Select(d => $"{d} {F(100 * w.GetValueOrDefault(d))}%"))
            : Text.Get("Eval.Method.TableWeights");
        var agg = Text.Get(aggregation == "geometric" ? "Eval.Method.geometric" : "Eval.Method.arithmetic");
        var line = Text.Get("Eval.Method.Line", norm, agg, weights, F(100 * method.Coverage));
        return runs == 0 ? line : line + " " + Text.Get("Eval.Method.Runs", runs, F(100 * noise));
    }

    private static string F(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
}
