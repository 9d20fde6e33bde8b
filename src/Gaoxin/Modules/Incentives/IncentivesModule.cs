using Gaoxin.Modules.Incentives.Features;
using Gaoxin.Modules.Incentives.Features.Grants;

namespace Gaoxin.Modules.Incentives;

/// <summary>Institutional platform: the policy guide, the calculator, and grants from application (or 免申即享) to payout within the fund.</summary>
public sealed class IncentivesModule : IGaoxinModule
{
    public void MapApi(RouteGroupBuilder api)
    {
        var zone = api.MapGroup("/zones/{zone}").WithTags("Policies");
        PolicyCalculator.Map(zone);
        PolicyGuide.Map(zone);
        PolicyAuthoring.Map(zone);
        ApplyForGrant.Map(zone);
        EnterpriseApplications.Map(zone);
        NoApplicationRun.Map(zone);
        DecideGrant.Map(zone);
        ListGrants.Map(zone);
    }

    public void MapEndpoints(IEndpointRouteBuilder app) => ListGrants.MapForPages(app);

    public IEnumerable<NavItem> Navigation =>
    [
        new(NavSection.Policies, "Nav.PolicyGuide", "policies", MudBlazor.Icons.Material.Filled.MenuBook, Policies.PolicyReaders),
        new(NavSection.Policies, "Nav.Calculator", "policies/calculator", MudBlazor.Icons.Material.Filled.Calculate, Policies.PolicyReaders),
        new(NavSection.Policies, "Nav.MyGrants", "policies/my-applications", MudBlazor.Icons.Material.Filled.Assignment, Accounts.Domain.Roles.Enterprise),
        new(NavSection.Policies, "Nav.Grants", "grants", MudBlazor.Icons.Material.Filled.Payments, Policies.PolicyEditors),
    ];
}
