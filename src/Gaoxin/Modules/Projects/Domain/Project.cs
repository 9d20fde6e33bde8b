using Gaoxin.Data;

namespace Gaoxin.Modules.Projects.Domain;

/// <summary>
/// An investment project of a zone, from idea to production. Money is whole fen; every stage change is dated and
/// kept. The entity refuses illegal stage moves with a message that says which moves are possible.
/// </summary>
public sealed class Project : IZoneOwned, IVersioned, ISoftDeletable
{
    private readonly List<StageChange> _stageChanges = [];
    private readonly List<ProjectYearPlan> _yearPlans = [];

    private Project()
    {
        Code = Name = Investor = Industry = Chain = Location = Tags = string.Empty;
    }

    public Project(Guid zoneId, string code, string name, ProjectStage stage, DateOnly stageSince)
    {
        Id = Guid.CreateVersion7();
        ZoneId = zoneId;
        Code = code.Trim();
        Name = name.Trim();
        Investor = Industry = Chain = Location = Tags = string.Empty;
        Stage = stage;
        StageSince = stageSince;
        _stageChanges.Add(new StageChange(ZoneId, Id, null, stage, stageSince, null));
    }

    public Guid Id { get; private set; }
    public Guid ZoneId { get; private set; }
    public string Code { get; private set; }
    public string Name { get; set; }
    public string Investor { get; set; }
    public string? InvestorCreditCode { get; set; }
    public string Industry { get; set; }
    public string Chain { get; set; }
    public Channel Channel { get; set; }
    public bool IsForeign { get; set; }
    public bool IsFortune500 { get; set; }
    public string Location { get; set; }
    public decimal? LandMu { get; set; }
    public long PlannedTotalInvestmentFen { get; set; }
    public KeyLevel KeyLevel { get; set; }

    /// <summary>Programme tags of the zone (e.g. 55944: 产业园, 扩能升级, 重点产业, 基础设施, 民生), comma-separated.</summary>
    public string Tags { get; set; }

    /// <summary>The planned start (计划开工) month; a project not started three months after it turns red.</summary>
    public DateOnly? PlannedStart { get; set; }

    /// <summary>Entered in the statistical register (入库) on this date, with evidence files; null until then.</summary>
    public DateOnly? RegisteredOn { get; private set; }

    public Guid? ResponsibleDepartmentId { get; set; }
    public Guid? OfficerId { get; set; }
    public ProjectStage Stage { get; private set; }
    public DateOnly StageSince { get; private set; }
    public ProjectStage? SuspendedFrom { get; private set; }
    public bool IsSampleData { get; set; }
    public long Version { get; set; }
    public DateTimeOffset? DeletedAt { get; private set; }

    public IReadOnlyList<StageChange> StageChanges => _stageChanges;
    public IReadOnlyList<ProjectYearPlan> YearPlans => _yearPlans;

    public decimal PlannedTotalInvestment => PlannedTotalInvestmentFen / 100m;

    public IEnumerable<string> TagList => Tags.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Moves the project to another stage on a date, or says why it cannot.</summary>
    public void MoveTo(ProjectStage to, DateOnly on, string? reason, DateOnly today)
    {
        var allowed = ProjectStages.NextFrom(Stage, SuspendedFrom).ToList();
        if (!allowed.Contains(to))
        {
            throw new Hosting.DomainException(Hosting.Text.Get("Err.StageMove", Hosting.Text.Get("Stage." + Stage), Hosting.Text.Get("Stage." + to),
                allowed.Count == 0 ? Hosting.Text.Get("Err.StageFinal") : string.Join(", ", allowed.Select(a => Hosting.Text.Get("Stage." + a)))));
        }

        if (on < StageSince || on > today)
        {
            throw new Hosting.DomainException(Hosting.Text.Get("Err.StageDate", StageSince.ToString("yyyy-MM-dd"), today.ToString("yyyy-MM-dd")));
        }

        if (ProjectStages.NeedsReason(to) && string.IsNullOrWhiteSpace(reason))
        {
            throw new Hosting.DomainException(Hosting.Text.Get("Err.StageReason"));
        }

        SuspendedFrom = to == ProjectStage.Suspended ? Stage : null;
        _stageChanges.Add(new StageChange(ZoneId, Id, Stage, to, on, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim()));
        Stage = to;
        StageSince = on;
    }

    public void PlanYear(int year, long plannedFen)
    {
        var plan = _yearPlans.FirstOrDefault(p => p.Year == year);
        if (plan is null)
        {
            _yearPlans.Add(new ProjectYearPlan(ZoneId, Id, year, plannedFen));
        }
        else
        {
            plan.PlannedFen = plannedFen;
        }
    }

    /// <summary>Started or beyond (开工), judged by the stage history.</summary>
    public bool HasStarted => Stage is ProjectStage.Started or ProjectStage.InProduction || _stageChanges.Any(c => c.To == ProjectStage.Started);

    public void Register(DateOnly on, DateOnly today)
    {
        if (on > today)
        {
            throw new Hosting.DomainException(Hosting.Text.Get("Err.RegisterFuture", today.ToString("yyyy-MM-dd")));
        }

        RegisteredOn = on;
    }

    public void Delete(DateTimeOffset at) => DeletedAt ??= at;
}

/// <summary>One dated stage change of a project (the first one records where it entered the ledger).</summary>
public sealed class StageChange : IZoneOwned
{
    private StageChange()
    {
    }

    public StageChange(Guid zoneId, Guid projectId, ProjectStage? from, ProjectStage to, DateOnly on, string? reason)
    {
        Id = Guid.CreateVersion7();
        ZoneId = zoneId;
        ProjectId = projectId;
        From = from;
        To = to;
        On = on;
        Reason = reason;
    }

    public Guid Id { get; private set; }
    public Guid ZoneId { get; private set; }
    public Guid ProjectId { get; private set; }
    public ProjectStage? From { get; private set; }
    public ProjectStage To { get; private set; }
    public DateOnly On { get; private set; }
    public string? Reason { get; private set; }
}

/// <summary>A project's planned investment for one year (年度计划投资), in fen.</summary>
public sealed class ProjectYearPlan : IZoneOwned
{
    private ProjectYearPlan()
    {
    }

    public ProjectYearPlan(Guid zoneId, Guid projectId, int year, long plannedFen)
    {
        ZoneId = zoneId;
        ProjectId = projectId;
        Year = year;
        PlannedFen = plannedFen;
    }

    public Guid ZoneId { get; private set; }
    public Guid ProjectId { get; private set; }
    public int Year { get; private set; }
    public long PlannedFen { get; set; }
}
