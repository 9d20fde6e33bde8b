using Gaoxin.Data;
using Gaoxin.Engines.Money;
using Gaoxin.Modules.Projects.Domain;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Projects.Features;

public sealed record YearPlanDto(int Year, decimal Planned);

public sealed record StageChangeDto(ProjectStage? From, ProjectStage To, DateOnly On, string? Reason);

/// <summary>A project as the API and pages show it: money in yuan, stages with their dates.</summary>
public sealed record ProjectDto(
    Guid Id, string Code, string Name, string Investor, string? InvestorCreditCode, string Industry, string Chain, Channel Channel,
    bool IsForeign, bool IsFortune500, string Location, decimal? LandMu, decimal PlannedTotalInvestment, KeyLevel KeyLevel,
    IReadOnlyList<string> Tags, Guid? ResponsibleDepartmentId, string? ResponsibleDepartment, Guid? OfficerId, ProjectStage Stage,
    DateOnly StageSince, IReadOnlyList<ProjectStage> NextStages, IReadOnlyList<YearPlanDto> YearPlans, IReadOnlyList<StageChangeDto> StageChanges,
    bool IsSampleData, long Version, DateOnly? PlannedStart = null, DateOnly? RegisteredOn = null, string? Officer = null)
{
    public static ProjectDto From(Project p, string? department) => new(
        p.Id, p.Code, p.Name, p.Investor, p.InvestorCreditCode, p.Industry, p.Chain, p.Channel, p.IsForeign, p.IsFortune500, p.Location, p.LandMu,
        Fen.ToYuan(p.PlannedTotalInvestmentFen), p.KeyLevel, p.TagList.ToList(), p.ResponsibleDepartmentId, department, p.OfficerId, p.Stage, p.StageSince,
        ProjectStages.NextFrom(p.Stage, p.SuspendedFrom).ToList(),
        p.YearPlans.OrderBy(y => y.Year).Select(y => new YearPlanDto(y.Year, Fen.ToYuan(y.PlannedFen))).ToList(),
        p.StageChanges.OrderBy(c => c.On).ThenBy(c => c.Id).Select(c => new StageChangeDto(c.From, c.To, c.On, c.Reason)).ToList(),
        p.IsSampleData, p.Version, p.PlannedStart, p.RegisteredOn);
}

public static class ProjectQueries
{
    public static Task<Project?> FindAsync(this GaoxinDb db, Guid zoneId, Guid id, CancellationToken ct)
        => db.Projects.Include(p => p.StageChanges).Include(p => p.YearPlans).FirstOrDefaultAsync(p => p.Id == id && p.ZoneId == zoneId, ct);

    public static async Task<ProjectDto> ToDtoAsync(this Project project, GaoxinDb db, CancellationToken ct)
    {
        var department = project.ResponsibleDepartmentId is { } d
            ? await db.Departments.IgnoreQueryFilters().Where(x => x.Id == d).Select(x => x.Name).FirstOrDefaultAsync(ct)
            : null;
        var officer = project.OfficerId is { } o
            ? await db.Users.Where(u => u.Id == o).Select(u => u.DisplayName).FirstOrDefaultAsync(ct)
            : null;
        return ProjectDto.From(project, department) with { Officer = officer };
    }
}
