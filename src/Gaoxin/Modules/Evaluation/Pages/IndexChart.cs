using Gaoxin.Modules.Evaluation.Features.Index;

namespace Gaoxin.Modules.Evaluation.Pages;

/// <summary>
/// The ECharts option for ranks with intervals: one line per park (best first), a bar from the 5th to the 95th percentile
/// rank (stacked on a transparent bar up to the 5th; at least a sliver wide so a sure rank still shows) and a dot at the
/// nominal rank; real parks in red, sample ones in blue.
/// </summary>
public static class IndexChart
{
    public static object Option(ComputeParkIndex.ResultDto result, string intervalName, string rankName)
    {
        var parks = result.Parks.Where(p => p.Rank is not null).OrderBy(p => p.Rank).ToList();
        return new
        {
            animation = false,
            tooltip = new { trigger = "axis", axisPointer = new { type = "shadow" } },
            grid = new { left = 150, right = 16, top = 24, bottom = 24 },
            legend = new { data = new[] { intervalName, rankName }, top = 0 },
            xAxis = new { type = "value", min = 1, max = Math.Max(2, parks.Count), minInterval = 1, name = rankName },
            yAxis = new { type = "category", inverse = true, data = parks.Select(p => p.Park).ToArray(), axisLabel = new { fontSize = 10 } },
            series = new object[]
            {
                new { type = "bar", stack = "interval", silent = true, itemStyle = new { color = "transparent" }, data = parks.Select(p => p.Low ?? p.Rank!.Value).ToArray() },
                new
                {
                    name = intervalName, type = "bar", stack = "interval", barMaxWidth = 10, itemStyle = new { color = "#E06666" },
                    data = parks.Select(p => new { value = Math.Max(0.15, (p.High ?? p.Rank!.Value) - (p.Low ?? p.Rank!.Value)), itemStyle = new { color = p.Sample ? "#9DB8DE" : "#E06666" } }).ToArray(),
                },
                new
                {
                    name = rankName, type = "scatter", symbolSize = 6, itemStyle = new { color = "#B00020" },
                    data = parks.Select(p => new { value = new object[] { p.Rank!.Value, p.Park }, itemStyle = new { color = p.Sample ? "#1F4E8C" : "#B00020" } }).ToArray(),
                },
            },
        };
    }

    /// <summary>A park's rank per year (lower is better, so the axis is inverted), with the 5–95 % interval as a band and the median rank.</summary>
    public static object Years(ParkYears.ResultDto result, string rankName, string medianName, string intervalName)
    {
        var years = result.Years.Select(y => y.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        return new
        {
            animation = false,
            tooltip = new { trigger = "axis" },
            legend = new { data = new[] { rankName, medianName, intervalName }, top = 0 },
            grid = new { left = 48, right = 16, top = 32, bottom = 24 },
            xAxis = new { type = "category", data = years },
            yAxis = new { type = "value", inverse = true, min = 1, minInterval = 1, name = rankName },
            series = new object[]
            {
                new { type = "line", stack = "band", symbol = "none", silent = true, lineStyle = new { opacity = 0 }, data = result.Years.Select(y => y.Low ?? y.Rank).ToArray() },
                new { name = intervalName, type = "line", stack = "band", symbol = "none", lineStyle = new { opacity = 0 }, areaStyle = new { color = "#F4CCCC" },
                      data = result.Years.Select(y => (y.High ?? y.Rank) - (y.Low ?? y.Rank)).ToArray() },
                new { name = rankName, type = "line", symbolSize = 8, itemStyle = new { color = "#B00020" }, label = new { show = true }, data = result.Years.Select(y => y.Rank).ToArray() },
                new { name = medianName, type = "line", lineStyle = new { type = "dashed" }, itemStyle = new { color = "#1F4E8C" }, data = result.Years.Select(y => y.MedianRank).ToArray() },
            },
        };
    }
}
