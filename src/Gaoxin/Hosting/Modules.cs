namespace Gaoxin.Hosting;

/// <summary>The sections of the navigation: the four platforms, then policies, evaluation and administration.</summary>
public enum NavSection
{
    Projects,
    Innovation,
    Talent,
    Institutional,
    Policies,
    Evaluation,
    Admin,
}

/// <summary>A navigation entry a module contributes. <paramref name="TitleKey"/> is a key of the shared strings.</summary>
public sealed record NavItem(NavSection Section, string TitleKey, string Href, string Icon, params string[] Roles);

/// <summary>
/// A module owns its entities, endpoints and pages; it tells the host what to register, map and show.
/// Modules that do not exist yet contribute nothing, so the shell shows nothing for them.
/// </summary>
public interface IGaoxinModule
{
    void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    /// <summary>Maps the module's API endpoints onto <c>/api/v1</c> (already authenticated by bearer token).</summary>
    void MapApi(RouteGroupBuilder api);

    /// <summary>Maps non-API endpoints (form posts, file downloads) for signed-in pages.</summary>
    void MapEndpoints(IEndpointRouteBuilder app)
    {
    }

    IEnumerable<NavItem> Navigation { get; }
}

public static class GaoxinModules
{
    public static readonly IReadOnlyList<IGaoxinModule> All =
    [
        new Modules.Zones.ZonesModule(),
        new Modules.Accounts.AccountsModule(),
        new Modules.Audit.AuditModule(),
        new Modules.Projects.ProjectsModule(),
        new Modules.Evaluation.EvaluationModule(),
        new Modules.Incentives.IncentivesModule(),
        new Modules.Schedules.SchedulesModule(),
        new Modules.Innovation.InnovationModule(),
        new Modules.Talent.TalentModule(),
        new Modules.Chains.ChainsModule(),
    ];

    public static IEnumerable<NavItem> Navigation => All.SelectMany(m => m.Navigation);
}
