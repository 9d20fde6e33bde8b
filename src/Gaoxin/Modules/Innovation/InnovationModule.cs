using Gaoxin.Modules.Innovation.Features;
using Gaoxin.Modules.Innovation.Features.Events;
using Gaoxin.Modules.Innovation.Features.Incubation;
using Gaoxin.Modules.Innovation.Features.Services;

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
        RaiseServiceRequest.Map(zone);
        ListServiceRequests.Map(zone);
        AdvanceServiceRequest.Map(zone);
        ServiceStatistics.Map(zone);
        ServiceTimeliness.Map(zone);
        Carriers.Map(zone);
        Incubatees.Map(zone);
        Centres.Map(zone);
        ListEnterpriseEvents.Map(zone);
        RecordEnterpriseEvent.Map(zone);
        CorrectEnterpriseEvent.Map(zone);
        DeleteEnterpriseEvent.Map(zone);
    }

    public void MapEndpoints(IEndpointRouteBuilder app)
    {
        ExportEnterprises.Map(app);
        ListServiceRequests.MapExport(app);
        Carriers.MapExport(app);
        ExportCentres.Map(app);
        ExportEnterpriseEvents.Map(app);
    }

    public IEnumerable<NavItem> Navigation =>
    [
        new(NavSection.Innovation, "Nav.Innovation", "innovation", MudBlazor.Icons.Material.Filled.Insights, Policies.InnovationReaders),
        new(NavSection.Innovation, "Nav.Enterprises", "innovation/enterprises", MudBlazor.Icons.Material.Filled.Business, Policies.InnovationReaders),
        new(NavSection.Innovation, "Nav.Cultivation", "innovation/cultivation", MudBlazor.Icons.Material.Filled.Stairs, Policies.InnovationReaders),
        new(NavSection.Innovation, "Nav.Services", "innovation/services", MudBlazor.Icons.Material.Filled.SupportAgent, Policies.InnovationReaders),
        new(NavSection.Innovation, "Nav.Carriers", "innovation/carriers", MudBlazor.Icons.Material.Filled.Apartment, Policies.InnovationReaders),
        new(NavSection.Innovation, "Nav.Centres", "innovation/centres", MudBlazor.Icons.Material.Filled.School, Policies.InnovationReaders),
        new(NavSection.Innovation, "Nav.MyRequests", "innovation/services", MudBlazor.Icons.Material.Filled.SupportAgent, Accounts.Domain.Roles.Enterprise),
        new(NavSection.Innovation, "Nav.MyEnterprise", "innovation/mine", MudBlazor.Icons.Material.Filled.Storefront, Accounts.Domain.Roles.Enterprise),
    ];
}
