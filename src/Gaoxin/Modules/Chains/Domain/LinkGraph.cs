namespace Gaoxin.Modules.Chains.Domain;

/// <summary>A link as written: its code, the codes feeding it and its parent (for a sub-link).</summary>
public sealed record LinkNode(string Code, IReadOnlyList<string> Upstream, string? Parent);

/// <summary>
/// Orders a chain's links from upstream to downstream: a topological order in which, among links that are ready together,
/// the one listed first comes first (so the order is stable and follows how the zone wrote its chain). A graph with a cycle
/// has no such order: <see cref="Order"/> returns the links of one cycle instead, in the order they feed each other.
/// </summary>
public static class LinkGraph
{
    public static (IReadOnlyList<string> Order, IReadOnlyList<string>? Cycle) Order(IReadOnlyList<LinkNode> links)
    {
        var index = links.Select((l, i) => (l.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        var feeds = links.ToDictionary(l => l.Code, _ => new List<string>(), StringComparer.Ordinal);
        var waiting = links.ToDictionary(l => l.Code, l => l.Upstream.Distinct(StringComparer.Ordinal).Count(), StringComparer.Ordinal);
        foreach (var l in links)
        {
            foreach (var up in l.Upstream.Distinct(StringComparer.Ordinal))
            {
                feeds[up].Add(l.Code);
            }
        }

        var ready = new SortedSet<int>(links.Where(l => waiting[l.Code] == 0).Select(l => index[l.Code]));
        var order = new List<string>(links.Count);
        while (ready.Count > 0)
        {
            var next = links[ready.Min].Code;
            ready.Remove(ready.Min);
            order.Add(next);
            foreach (var down in feeds[next])
            {
                if (--waiting[down] == 0)
                {
                    ready.Add(index[down]);
                }
            }
        }

        return order.Count == links.Count ? (order, null) : (order, FindCycle(links, order.ToHashSet(StringComparer.Ordinal)));
    }

    /// <summary>Walks upstream from a link left over (every one of them lies on or below a cycle) until a link repeats.</summary>
    private static List<string> FindCycle(IReadOnlyList<LinkNode> links, HashSet<string> ordered)
    {
        var byCode = links.ToDictionary(l => l.Code, StringComparer.Ordinal);
        var path = new List<string>();
        var at = links.First(l => !ordered.Contains(l.Code)).Code;
        while (!path.Contains(at, StringComparer.Ordinal))
        {
            path.Add(at);
            at = byCode[at].Upstream.First(u => !ordered.Contains(u));
        }

        var cycle = path.Skip(path.IndexOf(at)).Reverse().ToList(); // upstream first
        // Start at the link written first, so the same graph always gets the same message.
        var index = links.Select((l, i) => (l.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        var first = cycle.IndexOf(cycle.MinBy(c => index[c])!);
        cycle = [.. cycle.Skip(first), .. cycle.Take(first)];
        cycle.Add(cycle[0]);
        return cycle;
    }

    /// <summary>The first link whose parent chain returns to itself, or null.</summary>
    public static string? ParentLoop(IReadOnlyList<LinkNode> links)
    {
        var parent = links.ToDictionary(l => l.Code, l => l.Parent, StringComparer.Ordinal);
        foreach (var l in links)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal) { l.Code };
            for (var p = l.Parent; p is not null && parent.ContainsKey(p); p = parent[p])
            {
                if (!seen.Add(p))
                {
                    return l.Code;
                }
            }
        }

        return null;
    }
}
