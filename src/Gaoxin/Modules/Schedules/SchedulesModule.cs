using Gaoxin.Modules.Schedules.Features;

namespace Gaoxin.Modules.Schedules;

/// <summary>
/// Schedules (进度计划): milestone templates per zone, each project's schedule computed by the critical-path engine on the
/// PRC working calendar, baselines, the Gantt chart (横道图) and late milestones for lights and dispatch meetings.
/// </summary>
public sealed class SchedulesModule : IGaoxinModule
{
    public void MapApi(RouteGroupBuilder api)
    {
        var zone = api.MapGroup("/zones/{zone}").WithTags("Schedules");
        MilestoneTemplates.Map(zone);
        CreateSchedule.Map(zone);
        GetSchedule.Map(zone);
        UpdateSchedule.Map(zone);
        EditActivity.Map(zone);
        ScheduleLinks.Map(zone);
        SaveBaseline.Map(zone);
        LateMilestones.Map(zone);
        MilestoneTimeline.Map(zone);
        MspdiExchange.Map(zone);
        WorkingCalendarSettings.Map(zone);
    }

    public void MapEndpoints(IEndpointRouteBuilder app)
    {
        MilestoneTimeline.MapExport(app);
        MspdiExchange.MapExport(app);
    }

    public IEnumerable<NavItem> Navigation =>
    [
        new(NavSection.Projects, "Nav.Timeline", "schedules/timeline", MudBlazor.Icons.Material.Filled.ViewTimeline, Policies.ProjectReaders),
        new(NavSection.Projects, "Nav.Templates", "schedules/templates", MudBlazor.Icons.Material.Filled.AccountTree, Policies.ProjectReaders),
        new(NavSection.Projects, "Nav.WorkingCalendar", "schedules/calendar", MudBlazor.Icons.Material.Filled.CalendarMonth, Policies.ProjectReaders),
    ];
}
