using Gaoxin.Modules.Chains.Features;

namespace Gaoxin.Modules.Chains.Pages;

/// <summary>
/// The ECharts option of a chain drawn left to right: a node per link in the column of its longest upstream path, coloured by
/// strength and sized by output; arrows from upstream to downstream; a sub-link hangs under its parent with a dashed line.
/// </summary>
public static class ChainGraph
{
    public static object Option(IReadOnlyList<LinkFigures> links, Func<string, string> status)
    {
        var depth = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var l in links) // upstream-to-downstream order: every upstream link already has its depth
        {
            depth[l.Code] = l.Upstream.Count == 0 ? 0 : l.Upstream.Max(u => depth.GetValueOrDefault(u)) + 1;
        }

        var rows = new Dictionary<int, int>();
        var max = links.Count == 0 ? 0m : links.Max(l => l.Output);
        var nodes = links.Select(l =>
        {
            var column = depth[l.Code];
            var row = rows[column] = rows.GetValueOrDefault(column, -1) + 1;
            var size = max == 0 ? 36 : 30 + (int)(40 * (double)(l.Output / max));
            return new
            {
                name = l.Name,
                x = column * 180,
                y = row * 110,
                symbolSize = size,
                itemStyle = new { color = StatusChip.Hex(l.Status) },
                label = new { show = true, position = "bottom", formatter = $"{l.Name}\n{l.EnterpriseCount} · {status(l.Status)}" },
                value = l.EnterpriseCount,
            };
        }).ToList();
        var byCode = links.ToDictionary(l => l.Code, l => l.Name, StringComparer.Ordinal);
        var edges = links.SelectMany(l => l.Upstream.Where(byCode.ContainsKey).Select(u => (object)new { source = byCode[u], target = l.Name }))
            .Concat(links.Where(l => l.Parent is not null && byCode.ContainsKey(l.Parent)).Select(l => (object)new { source = l.Name, target = byCode[l.Parent!], lineStyle = new { type = "dashed" } }))
            .ToList();
        return new
        {
            tooltip = new { },
            series = new object[]
            {
                new
                {
                    type = "graph", layout = "none", roam = true, edgeSymbol = new[] { "none", "arrow" }, edgeSymbolSize = 10,
                    lineStyle = new { width = 2, color = "#90A4AE", curveness = 0.1 }, data = nodes, links = edges,
                },
            },
        };
    }
}
