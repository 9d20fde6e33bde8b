using Gaoxin.Engines.Indices;

namespace Gaoxin.Engines.Tests.Indices;

internal static class Tables
{
    public static readonly string[] Parks = ["A", "B", "C", "D"];

    /// <summary>Issue 7's example: X1 = 1000, 600, 200, 400 (+), X2 = 2, 4, 3, 1 (+), X3 = 0.5, 0.3, 0.2, 0.4 (−), weights 0.5, 0.3, 0.2.</summary>
    public static IndexTable Issue7() => new(
        Parks,
        [
            new IndexIndicator("X1", IndicatorDirection.Positive, "D1", 0.5),
            new IndexIndicator("X2", IndicatorDirection.Positive, "D1", 0.3),
            new IndexIndicator("X3", IndicatorDirection.Negative, "D2", 0.2),
        ],
        [
            1000, 2, 0.5,
            600, 4, 0.3,
            200, 3, 0.2,
            400, 1, 0.4,
        ]);

    public static string Issue7Json(string aggregation = "arithmetic", string normalisation = """{"method":"minmax","low":0,"high":100}""", string? uncertainty = null) =>
        """
        {"units":["A","B","C","D"],
         "indicators":[{"code":"X1","direction":"+","weight":0.5,"dimension":"D1"},
                       {"code":"X2","direction":"+","weight":0.3,"dimension":"D1"},
                       {"code":"X3","direction":"-","weight":0.2,"dimension":"D2"}],
         "values":{"A":{"X1":1000,"X2":2,"X3":0.5},"B":{"X1":600,"X2":4,"X3":0.3},
                   "C":{"X1":200,"X2":3,"X3":0.2},"D":{"X1":400,"X2":1,"X3":0.4}},
        """
        + $"\"normalisation\":{normalisation},\n\"aggregation\":\"{aggregation}\""
        + (uncertainty is null ? "" : $",\n\"uncertainty\":{uncertainty}")
        + "}";

    /// <summary>A single-indicator table, for normaliser tests.</summary>
    public static IndexTable Column(IndicatorDirection direction, params double[] values) =>
        new(values.Select((_, i) => $"P{i + 1}").ToList(), [new IndexIndicator("X", direction, "D")], values);

    public static double[] Scores(IndexResult result) => result.Units.Select(u => u.Score ?? double.NaN).ToArray();
}
