using System.Linq.Expressions;
using Gaoxin.Hosting;
using Gaoxin.Modules.Accounts.Domain;
using Gaoxin.Modules.Audit.Domain;
using Gaoxin.Modules.Zones.Domain;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Data;

/// <summary>
/// The one DbContext. Provider-specific subclasses (<see cref="Sqlite.SqliteGaoxinDb"/>, <see cref="Postgres.PostgresGaoxinDb"/>)
/// exist only so that each provider has its own migrations set.
/// </summary>
public abstract class GaoxinDb : IdentityDbContext<User, Role, Guid>, IDataProtectionKeyContext
{
    private readonly ZoneScope _scope;
    private readonly TimeProvider _clock;

    protected GaoxinDb(DbContextOptions options, ZoneScope scope, TimeProvider clock) : base(options)
    {
        _scope = scope;
        _clock = clock;
    }

    public DbSet<Zone> Zones => Set<Zone>();
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<SupervisedZone> SupervisedZones => Set<SupervisedZone>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Modules.Projects.Domain.Project> Projects => Set<Modules.Projects.Domain.Project>();
    public DbSet<Modules.Projects.Domain.StageChange> StageChanges => Set<Modules.Projects.Domain.StageChange>();
    public DbSet<Modules.Projects.Domain.ProjectYearPlan> ProjectYearPlans => Set<Modules.Projects.Domain.ProjectYearPlan>();
    public DbSet<Modules.Projects.Domain.AnnualTarget> AnnualTargets => Set<Modules.Projects.Domain.AnnualTarget>();
    public DbSet<Modules.Projects.Domain.MonthlyReport> MonthlyReports => Set<Modules.Projects.Domain.MonthlyReport>();
    public DbSet<Modules.Projects.Domain.Problem> Problems => Set<Modules.Projects.Domain.Problem>();
    public DbSet<Modules.Projects.Domain.ProblemStep> ProblemSteps => Set<Modules.Projects.Domain.ProblemStep>();
    public DbSet<Modules.Projects.Domain.ProjectDuty> ProjectDuties => Set<Modules.Projects.Domain.ProjectDuty>();
    public DbSet<Modules.Projects.Domain.WeeklyReport> WeeklyReports => Set<Modules.Projects.Domain.WeeklyReport>();
    public DbSet<Modules.Projects.Domain.ProjectFile> ProjectFiles => Set<Modules.Projects.Domain.ProjectFile>();
    public DbSet<Modules.Projects.Domain.DispatchMeeting> DispatchMeetings => Set<Modules.Projects.Domain.DispatchMeeting>();
    public DbSet<Modules.Projects.Domain.SigningEvent> SigningEvents => Set<Modules.Projects.Domain.SigningEvent>();
    public DbSet<Modules.Projects.Domain.Signing> Signings => Set<Modules.Projects.Domain.Signing>();
    public DbSet<Modules.Projects.Domain.ZoneProjectSettings> ZoneProjectSettings => Set<Modules.Projects.Domain.ZoneProjectSettings>();
    public DbSet<Modules.Projects.Domain.PublishedRanking> PublishedRankings => Set<Modules.Projects.Domain.PublishedRanking>();
    public DbSet<Modules.Projects.Domain.ProjectShare> ProjectShares => Set<Modules.Projects.Domain.ProjectShare>();
    public DbSet<Modules.Evaluation.Domain.Contest> Contests => Set<Modules.Evaluation.Domain.Contest>();
    public DbSet<Modules.Evaluation.Domain.ContestMonth> ContestMonths => Set<Modules.Evaluation.Domain.ContestMonth>();
    public DbSet<Modules.Evaluation.Domain.PublishedContestMonth> PublishedContestMonths => Set<Modules.Evaluation.Domain.PublishedContestMonth>();
    public DbSet<Modules.Evaluation.Domain.ParkIndexTable> ParkIndexTables => Set<Modules.Evaluation.Domain.ParkIndexTable>();
    public DbSet<Modules.Incentives.Domain.PolicyItem> PolicyItems => Set<Modules.Incentives.Domain.PolicyItem>();
    public DbSet<Modules.Incentives.Domain.Grant> Grants => Set<Modules.Incentives.Domain.Grant>();
    public DbSet<Modules.Incentives.Domain.GrantStep> GrantSteps => Set<Modules.Incentives.Domain.GrantStep>();
    public DbSet<Modules.Incentives.Domain.FundYear> FundYears => Set<Modules.Incentives.Domain.FundYear>();
    public DbSet<Modules.Incentives.Domain.PolicyRuleRevision> PolicyRuleRevisions => Set<Modules.Incentives.Domain.PolicyRuleRevision>();
    public DbSet<Modules.Schedules.Domain.MilestoneTemplate> MilestoneTemplates => Set<Modules.Schedules.Domain.MilestoneTemplate>();
    public DbSet<Modules.Schedules.Domain.ProjectSchedule> ProjectSchedules => Set<Modules.Schedules.Domain.ProjectSchedule>();
    public DbSet<Modules.Schedules.Domain.ZoneCalendar> ZoneCalendars => Set<Modules.Schedules.Domain.ZoneCalendar>();
    public DbSet<Modules.Innovation.Domain.Enterprise> Enterprises => Set<Modules.Innovation.Domain.Enterprise>();
    public DbSet<Modules.Innovation.Domain.EnterpriseYear> EnterpriseYears => Set<Modules.Innovation.Domain.EnterpriseYear>();
    public DbSet<Modules.Innovation.Domain.FiguresRevision> FiguresRevisions => Set<Modules.Innovation.Domain.FiguresRevision>();
    public DbSet<Modules.Innovation.Domain.Qualification> Qualifications => Set<Modules.Innovation.Domain.Qualification>();
    public DbSet<Modules.Innovation.Domain.CultivationTarget> CultivationTargets => Set<Modules.Innovation.Domain.CultivationTarget>();
    public DbSet<Modules.Innovation.Domain.EnterpriseAccount> EnterpriseAccounts => Set<Modules.Innovation.Domain.EnterpriseAccount>();
    public DbSet<Modules.Innovation.Domain.InnovationStatistics> InnovationStatistics => Set<Modules.Innovation.Domain.InnovationStatistics>();
    public DbSet<Modules.Innovation.Domain.EnterpriseEvent> EnterpriseEvents => Set<Modules.Innovation.Domain.EnterpriseEvent>();
    public DbSet<Modules.Innovation.Domain.ServiceRequest> ServiceRequests => Set<Modules.Innovation.Domain.ServiceRequest>();
    public DbSet<Modules.Innovation.Domain.Carrier> Carriers => Set<Modules.Innovation.Domain.Carrier>();
    public DbSet<Modules.Innovation.Domain.Incubatee> Incubatees => Set<Modules.Innovation.Domain.Incubatee>();
    public DbSet<Modules.Innovation.Domain.UniversityCentre> UniversityCentres => Set<Modules.Innovation.Domain.UniversityCentre>();
    public DbSet<Modules.Talent.Domain.Person> TalentPeople => Set<Modules.Talent.Domain.Person>();
    public DbSet<Modules.Talent.Domain.Programme> TalentProgrammes => Set<Modules.Talent.Domain.Programme>();
    public DbSet<Modules.Talent.Domain.Enrolment> TalentEnrolments => Set<Modules.Talent.Domain.Enrolment>();
    public DbSet<Modules.Talent.Domain.SupportItem> TalentSupportItems => Set<Modules.Talent.Domain.SupportItem>();
    public DbSet<Modules.Talent.Domain.FlexibleEngagement> TalentEngagements => Set<Modules.Talent.Domain.FlexibleEngagement>();
    public DbSet<Modules.Talent.Domain.TalentNeed> TalentNeeds => Set<Modules.Talent.Domain.TalentNeed>();
    public DbSet<Modules.Talent.Domain.MatchOutcome> TalentMatchOutcomes => Set<Modules.Talent.Domain.MatchOutcome>();
    public DbSet<Modules.Talent.Domain.TalentTarget> TalentTargets => Set<Modules.Talent.Domain.TalentTarget>();
    public DbSet<Modules.Talent.Domain.TalentSettings> TalentSettings => Set<Modules.Talent.Domain.TalentSettings>();
    public DbSet<Modules.Chains.Domain.Chain> Chains => Set<Modules.Chains.Domain.Chain>();
    public DbSet<Modules.Chains.Domain.ChainLink> ChainLinks => Set<Modules.Chains.Domain.ChainLink>();
    public DbSet<Modules.Chains.Domain.ChainPlacement> ChainPlacements => Set<Modules.Chains.Domain.ChainPlacement>();
    public DbSet<Modules.Chains.Domain.InvestmentTarget> InvestmentTargets => Set<Modules.Chains.Domain.InvestmentTarget>();
    public DbSet<ServerSecret> ServerSecrets => Set<ServerSecret>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public ZoneScope Scope => _scope;

    // Read by the query filters; EF Core evaluates them per context instance.
    internal bool SeesAllZones => _scope.SeesAllZones;
    internal Guid[] QueryZoneIds => _scope.QueryZoneIds;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(GaoxinDb).Assembly);

        foreach (var entity in builder.Model.GetEntityTypes().Where(e => e.ClrType is { } t && !t.IsAbstract))
        {
            var clr = entity.ClrType;
            if (typeof(IZoneOwned).IsAssignableFrom(clr))
            {
                ApplyFilter(builder, clr, nameof(ApplyZoneFilter));
            }

            if (typeof(ISoftDeletable).IsAssignableFrom(clr))
            {
                ApplyFilter(builder, clr, nameof(ApplySoftDeleteFilter));
            }

            if (typeof(IVersioned).IsAssignableFrom(clr))
            {
                builder.Entity(clr).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
            }
        }

        builder.Entity<Zone>().HasQueryFilter(QueryFilters.Zone, z => QueryZoneIds.Contains(z.Id));
        // Platform-level entries (no zone) are for those who see every zone.
        builder.Entity<AuditEntry>().HasQueryFilter(QueryFilters.Zone, e => (e.ZoneId != null && QueryZoneIds.Contains(e.ZoneId.Value)) || (e.ZoneId == null && SeesAllZones));
    }

    private void ApplyFilter(ModelBuilder builder, Type clr, string method)
        => typeof(GaoxinDb).GetMethod(method, System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(clr).Invoke(method == nameof(ApplySoftDeleteFilter) ? null : this, [builder]);

    private void ApplyZoneFilter<T>(ModelBuilder builder) where T : class, IZoneOwned
        => builder.Entity<T>().HasQueryFilter(QueryFilters.Zone, (Expression<Func<T, bool>>)(e => QueryZoneIds.Contains(e.ZoneId)));

    private static void ApplySoftDeleteFilter<T>(ModelBuilder builder) where T : class, ISoftDeletable
        => builder.Entity<T>().HasQueryFilter(QueryFilters.SoftDelete, (Expression<Func<T, bool>>)(e => e.DeletedAt == null));

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var audit = PrepareSave();
        AuditEntries.AddRange(audit);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var audit = PrepareSave();
        AuditEntries.AddRange(audit);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private List<AuditEntry> PrepareSave()
    {
        ChangeTracker.DetectChanges();
        foreach (var entry in ChangeTracker.Entries<IVersioned>().Where(e => e.State == EntityState.Modified))
        {
            entry.Entity.Version++;
        }

        foreach (var zone in ChangeTracker.Entries<Zone>().Where(e => e.State == EntityState.Added))
        {
            _scope.ZoneAdded(zone.Entity.Id);
        }

        return new AuditRecorder(_scope, _clock.GetUtcNow()).Record(ChangeTracker);
    }
}

public static class QueryFilters
{
    public const string Zone = "Zone";
    public const string SoftDelete = "SoftDelete";
}

/// <summary>Server-wide secrets generated on first start (e.g. the API token signing key), shared by all nodes.</summary>
public sealed class ServerSecret
{
    public string Name { get; set; } = string.Empty;
    public string Value { get; set; } = string.Empty;
}
