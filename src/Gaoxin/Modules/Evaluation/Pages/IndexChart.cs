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
}
