using System.Text.RegularExpressions;
using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Chains.Domain;
using Gaoxin.Modules.Innovation.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Chains.Features;

/// <summary>
/// Writes a chain's whole link graph at once (环节 with their upstream links, sub-links and key products). Links keep their
/// identity by code, so placements stay; a graph with a cycle, an unknown upstream or parent, or a removed link that still
/// holds placements or targets is refused and nothing is written.
/// </summary>
public static partial class SetLinks
{
    public sealed record Link(string Code, string Name, LinkKind Kind = LinkKind.Other, IReadOnlyList<string>? Upstream = null, string? Parent = null, IReadOnlyList<string>? KeyProducts = null);

    public sealed record Request(IReadOnlyList<Link> Links, long Version = 0);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$")]
    private static partial Regex CodePattern();

    public static void Check(IReadOnlyList<Link> links)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < links.Count; i++)
        {
            var l = links[i];
            if (string.IsNullOrWhiteSpace(l.Code) || !CodePattern().IsMatch(l.Code.Trim()))
            {
                throw FieldsException.One($"links[{i}].code", Text.Get("Chain.Err.LinkCode"));
            }

            if (!seen.Add(l.Code.Trim()))
            {
                throw FieldsException.One($"links[{i}].code", Text.Get("Chain.Err.LinkTwice", l.Code.Trim()));
            }

            if (string.IsNullOrWhiteSpace(l.Name) || l.Name.Trim().Length > 100)
            {
                throw FieldsException.One($"links[{i}].name", Text.Get("Chain.Err.LinkName"));
            }

            if (string.Join(',', l.KeyProducts ?? []).Length > 1000)
            {
                throw FieldsException.One($"links[{i}].keyProducts", Text.Get("Err.CellTooLong", 1000));
            }
        }

        for (var i = 0; i < links.Count; i++)
        {
            if ((links[i].Upstream ?? []).FirstOrDefault(u => !seen.Contains(u.Trim())) is { } unknown)
            {
                throw FieldsException.One($"links[{i}].upstream", Text.Get("Chain.Err.UnknownLink", unknown));
            }

            if (links[i].Parent is { Length: > 0 } parent && (!seen.Contains(parent.Trim()) || parent.Trim() == links[i].Code.Trim()))
            {
                throw FieldsException.One($"links[{i}].parent", Text.Get("Chain.Err.UnknownLink", parent));
            }
        }
    }

    public static IReadOnlyList<LinkNode> Nodes(IReadOnlyList<Link> links)
        => links.Select(l => new LinkNode(l.Code.Trim(), (l.Upstream ?? []).Select(u => u.Trim()).ToList(), string.IsNullOrWhiteSpace(l.Parent) ? null : l.Parent.Trim())).ToList();

    public static async Task<Chain> Handle(Guid zoneId, string code, Request request, GaoxinDb db, CancellationToken ct)
    {
        var chain = await ChainAccess.FindAsync(db, zoneId, code, ct);
        ChainAccess.RequireWritable(db, zoneId);
        chain.RequireVersion(request.Version);
        var links = request.Links ?? throw FieldsException.One("links", Text.Get("Chain.Err.LinkName"));
        Check(links);
        var nodes = Nodes(links);
        var (order, cycle) = LinkGraph.Order(nodes);
        if (cycle is not null)
        {
            var names = links.ToDictionary(l => l.Code.Trim(), l => l.Name.Trim());
            throw FieldsException.One("links", Text.Get("Chain.Err.Cycle", string.Join(" → ", cycle.Select(c => names[c]))));
        }

        if (LinkGraph.ParentLoop(nodes) is { } loop)
        {
            throw FieldsException.One("links", Text.Get("Chain.Err.ParentLoop", loop));
        }

        var existing = await db.ChainLinks.Where(l => l.ChainId == chain.Id).ToListAsync(ct);
        var kept = nodes.Select(n => n.Code).ToHashSet(StringComparer.Ordinal);
        var removed = existing.Where(l => !kept.Contains(l.Code)).ToList();
        var removedIds = removed.Select(l => l.Id).ToList();
        var busy = await db.ChainPlacements.Where(p => removedIds.Contains(p.LinkId)).Select(p => p.LinkId)
            .Concat(db.InvestmentTargets.Where(t => removedIds.Contains(t.LinkId)).Select(t => t.LinkId)).Distinct().ToListAsync(ct);
        if (busy.Count > 0)
        {
            throw new DomainException(Text.Get("Chain.Err.LinkInUse", string.Join("、", removed.Where(l => busy.Contains(l.Id)).Select(l => l.Name))), StatusCodes.Status409Conflict);
        }

        db.ChainLinks.RemoveRange(removed);
        var byCode = existing.Where(l => kept.Contains(l.Code)).ToDictionary(l => l.Code, StringComparer.Ordinal);
        foreach (var l in links)
        {
            var c = l.Code.Trim();
            if (!byCode.TryGetValue(c, out var link))
            {
                link = new ChainLink(zoneId, chain.Id, c);
                db.ChainLinks.Add(link);
                byCode[c] = link;
            }

            link.Name = l.Name.Trim();
            link.Kind = l.Kind;
            link.Upstream = string.Join(',', (l.Upstream ?? []).Select(u => u.Trim()).Distinct());
            link.KeyProducts = string.Join(',', (l.KeyProducts ?? []).Select(k => k.Trim()).Where(k => k.Length > 0));
            link.Order = order.ToList().IndexOf(c);
        }

        foreach (var l in links)
        {
            byCode[l.Code.Trim()].ParentId = string.IsNullOrWhiteSpace(l.Parent) ? null : byCode[l.Parent.Trim()].Id;
        }

        db.Entry(chain).State = EntityState.Modified;
        await db.SaveChangesAsync(ct);
        return chain;
    }

    public static void Map(RouteGroupBuilder zone) => zone
        .MapPut("/chains/{code}/links", async Task<Ok<ChainView>> (ZoneRoute zone, string code, Request request, GaoxinDb db, BusinessDay day, CancellationToken ct) =>
        {
            var chain = await Handle(zone.Id, code, request, db, ct);
            return TypedResults.Ok(await ChainFigures.LoadAsync(db, chain, null, day.Today, ct));
        })
        .RequireAuthorization(Policies.ApiProjectEditor)
        .WithName("SetChainLinks")
        .WithSummary("Writes the chain's link graph (upstream links, sub-links, key products); a cycle is refused naming its links, nothing written");
}
