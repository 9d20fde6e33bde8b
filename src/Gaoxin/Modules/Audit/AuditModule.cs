using Gaoxin.Hosting;
using Gaoxin.Modules.Audit.Features;

namespace Gaoxin.Modules.Audit;

public sealed class AuditModule : IGaoxinModule
{
    public void MapApi(RouteGroupBuilder api) => ListAuditEntries.Map(api.MapGroup("/audit").WithTags("Audit"));

    public void MapEndpoints(IEndpointRouteBuilder app) => ExportAuditEntries.Map(app);

    public IEnumerable<NavItem> Navigation =>
    [
        new(NavSection.Admin, "Nav.Audit", "admin/audit", MudBlazor.Icons.Material.Filled.History, Policies.AuditReaders),
    ];
}
