using Gaoxin.Hosting;
using Gaoxin.Modules.Zones.Features;

namespace Gaoxin.Modules.Zones;

public sealed class ZonesModule : IGaoxinModule
{
    public void MapApi(RouteGroupBuilder api)
    {
        var zones = api.MapGroup("/zones").WithTags("Zones");
        ListZones.Map(zones);
        GetZone.Map(zones);
        CreateZone.Map(zones);
        UpdateZone.Map(zones);
        ListDepartments.Map(zones);
        AddDepartment.Map(zones);
        RenameDepartment.Map(zones);
        DeleteDepartment.Map(zones);
    }

    public void MapEndpoints(IEndpointRouteBuilder app) => ExportZones.Map(app);

    public IEnumerable<NavItem> Navigation =>
    [
        new(NavSection.Admin, "Nav.Zones", "admin/zones", MudBlazor.Icons.Material.Filled.Domain, Policies.AuditReaders),
    ];
}
