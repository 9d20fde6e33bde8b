using System.ComponentModel.DataAnnotations;
using Gaoxin.Data;
using Gaoxin.Engines.Identifiers;
using Gaoxin.Engines.Money;
using Gaoxin.Modules.Projects.Domain;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Projects.Features;

/// <summary>The fields of a project that people edit; checked the same way on create and update.</summary>
public sealed record ProjectFields(
    [property: Required, StringLength(200, MinimumLength = 2)] string Name,
    [property: StringLength(200)] string? Investor = null,
    string? InvestorCreditCode = null,
    [property: StringLength(100)] string? Industry = null,
    [property: StringLength(100)] string? Chain = null,
    Channel Channel = Channel.Other,
    bool IsForeign = false,
    bool IsFortune500 = false,
    [property: StringLength(200)] string? Location = null,
    [property: Range(0, 1_000_000)] decimal? LandMu = null,
    [property: Range(0, 100_000_000_000_000)] decimal PlannedTotalInvestment = 0,
    KeyLevel KeyLevel = KeyLevel.None,
    IReadOnlyList<string>? Tags = null,
    Guid? ResponsibleDepartmentId = null,
    Guid? OfficerId = null,
    IReadOnlyList<YearPlanDto>? YearPlans = null,
    DateOnly? PlannedStart = null)
{
    public async Task ApplyToAsync(Project project, GaoxinDb db, CancellationToken ct)
    {
        RequestValidation.Ensure(this);
        if (!string.IsNullOrWhiteSpace(InvestorCreditCode) && CreditCode.Check(InvestorCreditCode) is { } problem)
        {
            throw new DomainException(Text.Get("Err.CreditCode." + problem, InvestorCreditCode.Trim()));
        }

        var total = MoneyInput.ToFen(PlannedTotalInvestment);
        var plans = YearPlans ?? [];
        if (plans.GroupBy(p => p.Year).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new DomainException(Text.Get("Err.YearTwice", twice.Key));
        }

        foreach (var plan in plans)
        {
            if (plan.Year is < 2000 or > 2100 || plan.Planned < 0)
            {
                throw new DomainException(Text.Get("Err.YearPlanRange", plan.Year));
            }
        }

        if (plans.Sum(p => p.Planned) > PlannedTotalInvestment)
        {
            throw new DomainException(Text.Get("Err.YearPlansOverTotal"));
        }

        if (ResponsibleDepartmentId is { } d && !await db.Departments.AnyAsync(x => x.Id == d && x.ZoneId == project.ZoneId, ct))
        {
            throw new DomainException(Text.Get("Err.DepartmentNotInZone"));
        }

        if (OfficerId is { } o && !await db.Users.AnyAsync(u => u.Id == o && u.ZoneId == project.ZoneId, ct))
        {
            throw new DomainException(Text.Get("Err.OfficerNotInZone"));
        }

        AssignTo(project);
    }

    /// <summary>Sets the fields on the project without checking them (for callers that checked them already, e.g. an import).</summary>
    internal void AssignTo(Project project)
    {
        var total = MoneyInput.ToFen(PlannedTotalInvestment);
        var plans = YearPlans ?? [];
        project.Name = Name.Trim();
        project.Investor = Investor?.Trim() ?? string.Empty;
        project.InvestorCreditCode = string.IsNullOrWhiteSpace(InvestorCreditCode) ? null : InvestorCreditCode.Trim().ToUpperInvariant();
        project.Industry = Industry?.Trim() ?? string.Empty;
        project.Chain = Chain?.Trim() ?? string.Empty;
        project.Channel = Channel;
        project.IsForeign = IsForeign;
        project.IsFortune500 = IsFortune500;
        project.Location = Location?.Trim() ?? string.Empty;
        project.LandMu = LandMu;
        project.PlannedTotalInvestmentFen = total;
        project.KeyLevel = KeyLevel;
        project.Tags = string.Join(",", (Tags ?? []).Select(t => t.Trim()).Where(t => t.Length > 0).Distinct());
        project.ResponsibleDepartmentId = ResponsibleDepartmentId;
        project.OfficerId = OfficerId;
        project.PlannedStart = PlannedStart is { } start ? new DateOnly(start.Year, start.Month, 1) : null;
        foreach (var plan in plans)
        {
            project.PlanYear(plan.Year, MoneyInput.ToFen(plan.Planned));
        }
    }

}
