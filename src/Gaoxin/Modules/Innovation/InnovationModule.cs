using Gaoxin.Modules.Innovation.Features;

namespace Gaoxin.Modules.Innovation;

/// <summary>The innovation platform's enterprise part: one file per enterprise, yearly figures, qualifications and tiered cultivation.</summary>
public sealed class InnovationModule : IGaoxinModule
{
    public void MapApi(RouteGroupBuilder api)
    {
        var zone = api.MapGroup("/zones/{zone}").WithTags("Innovation").WithFieldProblems();
        ListEnterprises.Map(zone);
        CreateEnterprise.Map(zone);
        GetEnterprise.Map(zone);
        UpdateEnterprise.Map(zone);
        BindEnterpriseAccount.Map(zone);
        ReportFigures.Map(zone);
        PreCheck.Map(zone);
        Qualifications.Map(zone);
        ImportFigures.Map(zone);
        Cultivation.Map(zone);
        InnovationSummary.Map(zone);
        SetInnovationStatistics.Map(zone);
    }

    public void MapEndpoints(IEndpointRouteBuilder app)
    {
        ExportEnterprises.Map(app);
    }

    public IEnumerable<NavItem> Navigation =>
    [
        new(NavSection.Innovation, "Nav.Innovation", "innovation", MudBlazor.Icons.Material.Filled.Insights, Policies.InnovationReaders),
        new(NavSection.Innovation, "Nav.Enterprises", "innovation/enterprises", MudBlazor.Icons.Material.Filled.Business, Policies.InnovationReaders),
        new(NavSection.Innovation, "Nav.Cultivation", "innovation/cultivation", MudBlazor.Icons.Material.Filled.Stairs, Policies.InnovationReaders),
        new(NavSection.Innovation, "Nav.MyEnterprise", "innovation/mine", MudBlazor.Icons.Material.Filled.Storefront, Accounts.Domain.Roles.Enterprise),
    ];
}
