using Gaoxin.Modules.Chains.Features;

namespace Gaoxin.Modules.Chains.Pages;

/// <summary>
/// The map of gaps (缺链图): an ECharts treemap of zone → chain → link, each link a tile coloured by strength (missing red,
/// weak amber, strong green) and sized gently by its enterprises (a missing link keeps a tile a quarter the size of the biggest, so every gap stays visible).
/// A schematic map, not a geographic one: published maps of China need an approved map (审图号), which a demo cannot carry.
/// </summary>
public static class GapMap
{
    public static object Option(IReadOnlyList<(string Zone, IReadOnlyList<ChainView> Chains)> zones, Func<string, string> status)
    {
        var data = zones.Where(z => z.Chains.Count > 0).Select(z => new
        {
            name = z.Zone,
            children = z.Chains.Where(c => c.Links.Count > 0).Select(c => new
            {
                name = c.Chain.Name,
                children = c.Links.Select(l => new
                {
                    name = l.Name,
                    value = 1 + (Math.Min(l.EnterpriseCount, 9) / 3m), // 1 for a gap, up to 4: every tile stays big enough to see
                    status = status(l.Status),
                    itemStyle = new { color = StatusChip.Hex(l.Status) },
                }).ToList(),
            }).ToList(),
        }).ToList();
        return new
        {
            animation = false, // drawn at once: read as a map, not watched
            tooltip = new { formatter = "{b}" },
            series = new object[]
            {
                new
                {
                    type = "treemap", roam = false, nodeClick = "zoomToNode", visibleMin = 0,
                    breadcrumb = new { show = true, bottom = 0 },
                    label = new { show = true, formatter = "{b}" },
                    upperLabel = new { show = true, height = 22 },
                    levels = new object[]
                    {
                        new { itemStyle = new { borderWidth = 0, gapWidth = 4 } },                                 // the root
                        new { itemStyle = new { borderColor = "#37474F", borderWidth = 4, gapWidth = 4 } },       // zones
                        new { itemStyle = new { borderColor = "#607D8B", borderWidth = 3, gapWidth = 2 } },       // chains
                        new { itemStyle = new { borderColor = "#fff", borderWidth = 1, gapWidth = 1 } },          // links
                    },
                    data,
                },
            },
        };
    }
}
