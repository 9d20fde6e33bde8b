using Gaoxin.Modules.Chains.Features;
using Gaoxin.Modules.Innovation.Features;

namespace Gaoxin.Modules.Chains;

/// <summary>Industrial chain maps (产业链图谱): chains as graphs of links, firms and projects on them, gaps as investment targets, a regional view.</summary>
public sealed class ChainsModule : IGaoxinModule
{
    public void MapApi(RouteGroupBuilder api)
    {
        RegionalView.Map(api);
        var zone = api.MapGroup("/zones/{zone}").WithTags("Chains").WithFieldProblems();
        GetChains.Map(zone);
        SaveChain.Map(zone);
        SetLinks.Map(zone);
        PlaceOnLink.Map(zone);
        Targets.Map(zone);
        OpenLead.Map(zone);
        ChiefDesk.Map(zone);
    }

    public void MapEndpoints(IEndpointRouteBuilder app) => ExportChain.Map(app);

    public IEnumerable<NavItem> Navigation =>
    [
        new(NavSection.Projects, "Nav.Chains", "chains", MudBlazor.Icons.Material.Filled.AccountTree, Policies.ProjectReaders),
        new(NavSection.Projects, "Nav.RegionalChains", "chains/regional", MudBlazor.Icons.Material.Filled.Hub, Accounts.Domain.Roles.PlatformAdmin, Accounts.Domain.Roles.Supervisor),
    ];
}
