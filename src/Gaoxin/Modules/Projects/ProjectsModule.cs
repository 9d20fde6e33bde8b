using Gaoxin.Modules.Projects.Features;
using Gaoxin.Modules.Projects.Features.Dispatch;
using Gaoxin.Modules.Projects.Features.Enclave;
using Gaoxin.Modules.Projects.Features.Ledger;
using Gaoxin.Modules.Projects.Features.Problems;
using Gaoxin.Modules.Projects.Features.Ranking;
using Gaoxin.Modules.Projects.Features.Signings;
using Gaoxin.Modules.Projects.Features.Weekly;

namespace Gaoxin.Modules.Projects;

public sealed class ProjectsModule : IGaoxinModule
{
    public void MapApi(RouteGroupBuilder api)
    {
        var projects = api.MapGroup("/zones/{zone}").WithTags("Projects");
        ListProjects.Map(projects);
        GetProject.Map(projects);
        CreateProject.Map(projects);
        UpdateProject.Map(projects);
        MoveProjectStage.Map(projects);
        GetDashboard.Map(projects);
        AnnualTargets.Map(projects);
        MonthlyInvestment.Map(projects);
        RaiseProblem.Map(projects);
        AdvanceProblem.Map(projects);
        ListProblems.Map(projects);
        ProjectDuties.Map(projects);
        ReportWeek.Map(projects);
        MissingWeeklyReports.Map(projects);
        ProjectFiles.Map(projects);
        RegisterProject.Map(projects);
        DispatchMeetings.Map(projects);
        SigningEvents.Map(projects);
        RecordSigning.Map(projects);
        SigningFunnel.Map(projects);
        ProjectSettings.Map(projects);
        ImportLedger.Map(projects);
        RankingEndpoints.Map(projects);
        GetWarBoard.Map(projects);
        ShareProject.Map(projects);
        SharedProjects.Map(projects);
    }

    public void MapEndpoints(IEndpointRouteBuilder app)
    {
        ExportProjects.Map(app);
        ExportProblems.Map(app);
        Features.Enclave.ExportSharedProjects.Map(app);
        ProjectFiles.MapForPages(app);
        DispatchMeetings.MapForPages(app);
        LedgerExport.Map(app);
    }

    public IEnumerable<NavItem> Navigation =>
    [
        new(NavSection.Projects, "Nav.WarBoard", "warboard", MudBlazor.Icons.Material.Filled.Dashboard, Policies.ProjectReaders),
        new(NavSection.Projects, "Nav.Projects", "projects", MudBlazor.Icons.Material.Filled.Factory, Policies.ProjectReaders),
        new(NavSection.Projects, "Nav.Weekly", "weekly", MudBlazor.Icons.Material.Filled.PhotoCamera, Policies.ProjectReporters),
        new(NavSection.Projects, "Nav.Problems", "problems", MudBlazor.Icons.Material.Filled.ReportProblem, Policies.ProjectReaders),
        new(NavSection.Projects, "Nav.Meetings", "meetings", MudBlazor.Icons.Material.Filled.Groups, Policies.ProjectReaders),
        new(NavSection.Projects, "Nav.Signings", "signings", MudBlazor.Icons.Material.Filled.Handshake, Policies.ProjectReaders),
        new(NavSection.Projects, "Nav.SharedProjects", "projects/shared", MudBlazor.Icons.Material.Filled.CompareArrows, Policies.ProjectReaders),
    ];
}
