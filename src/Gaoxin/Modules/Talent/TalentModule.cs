using Gaoxin.Modules.Innovation.Features;
using Gaoxin.Modules.Talent.Features;

namespace Gaoxin.Modules.Talent;

/// <summary>The talent platform (高端人才聚集平台): the S&amp;T talent pool, programmes and support, flexible talent, needs and matching, targets.</summary>
public sealed class TalentModule : IGaoxinModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration) => TalentPolicies.Add(services);

    public void MapApi(RouteGroupBuilder api)
    {
        var zone = api.MapGroup("/zones/{zone}").WithTags("Talent").WithFieldProblems();
        ListPeople.Map(zone);
        AddPerson.Map(zone);
        GetPerson.Map(zone);
        UpdatePerson.Map(zone);
        ListProgrammes.Map(zone);
        AddProgramme.Map(zone);
        EnrolPerson.Map(zone);
        AddEngagement.Map(zone);
        PostNeed.Map(zone);
        ListNeeds.Map(zone);
        GetNeed.Map(zone);
        ListMatches.Map(zone);
        RecordMatchOutcome.Map(zone);
        SetTalentTarget.Map(zone);
        TalentDepartments.Map(zone);
        TalentSummary.Map(zone);
    }

    public void MapEndpoints(IEndpointRouteBuilder app) => ExportPeople.Map(app);

    public IEnumerable<NavItem> Navigation =>
    [
        new(NavSection.Talent, "Nav.Talent", "talent", MudBlazor.Icons.Material.Filled.Groups, TalentPolicies.TalentReaders),
        new(NavSection.Talent, "Nav.TalentPeople", "talent/people", MudBlazor.Icons.Material.Filled.Badge, TalentPolicies.TalentReaders),
        new(NavSection.Talent, "Nav.TalentNeeds", "talent/needs", MudBlazor.Icons.Material.Filled.Handshake, TalentPolicies.NeedUsers),
    ];
}
