using Gaoxin.Modules.Accounts.Domain;
using Gaoxin.Modules.Zones.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gaoxin.Modules.Projects.Domain;

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> b)
    {
        b.HasKey(p => p.Id);
        b.HasIndex(p => new { p.ZoneId, p.Code }).IsUnique();
        b.HasIndex(p => new { p.ZoneId, p.Stage });
        b.Property(p => p.Code).HasMaxLength(40);
        b.Property(p => p.Name).HasMaxLength(200);
        b.Property(p => p.Investor).HasMaxLength(200);
        b.Property(p => p.InvestorCreditCode).HasMaxLength(18);
        b.Property(p => p.Industry).HasMaxLength(100);
        b.Property(p => p.Chain).HasMaxLength(100);
        b.Property(p => p.Location).HasMaxLength(200);
        b.Property(p => p.Tags).HasMaxLength(400);
        b.Property(p => p.LandMu).HasPrecision(12, 2);
        b.Property(p => p.Stage).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.SuspendedFrom).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.Channel).HasConversion<string>().HasMaxLength(20);
        b.Ignore(p => p.PlannedTotalInvestment);
        b.Ignore(p => p.TagList);
        b.HasOne<Zone>().WithMany().HasForeignKey(p => p.ZoneId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Department>().WithMany().HasForeignKey(p => p.ResponsibleDepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<User>().WithMany().HasForeignKey(p => p.OfficerId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(p => p.StageChanges).WithOne().HasForeignKey(c => c.ProjectId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(p => p.StageChanges).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(p => p.YearPlans).WithOne().HasForeignKey(y => y.ProjectId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(p => p.YearPlans).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class StageChangeConfiguration : IEntityTypeConfiguration<StageChange>
{
    public void Configure(EntityTypeBuilder<StageChange> b)
    {
        b.HasKey(c => c.Id);
        // Ids are made by the entity (Guid v7): a change added to a project's list must be inserted, not updated.
        b.Property(c => c.Id).ValueGeneratedNever();
        b.HasIndex(c => new { c.ZoneId, c.ProjectId, c.On });
        b.Property(c => c.From).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.To).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.Reason).HasMaxLength(500);
    }
}

internal sealed class ProjectYearPlanConfiguration : IEntityTypeConfiguration<ProjectYearPlan>
{
    public void Configure(EntityTypeBuilder<ProjectYearPlan> b)
    {
        b.HasKey(y => new { y.ProjectId, y.Year });
        b.HasIndex(y => new { y.ZoneId, y.Year });
    }
}

internal sealed class AnnualTargetConfiguration : IEntityTypeConfiguration<AnnualTarget>
{
    public void Configure(EntityTypeBuilder<AnnualTarget> b)
    {
        b.HasKey(t => t.Id);
        b.HasIndex(t => new { t.ZoneId, t.Year }).IsUnique();
        b.Property(t => t.FaiPlanGrowthPercent).HasPrecision(7, 2);
        b.Property(t => t.FaiStretchGrowthPercent).HasPrecision(7, 2);
        b.HasOne<Zone>().WithMany().HasForeignKey(t => t.ZoneId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MonthlyReportConfiguration : IEntityTypeConfiguration<MonthlyReport>
{
    public void Configure(EntityTypeBuilder<MonthlyReport> b)
    {
        b.HasKey(r => r.Id);
        b.HasIndex(r => new { r.ZoneId, r.ProjectId, r.Year, r.Month }).IsUnique();
        b.HasIndex(r => new { r.ZoneId, r.Year, r.Month });
        b.Property(r => r.Notes).HasMaxLength(500);
        b.Property(r => r.ReportedBy).HasMaxLength(256);
        b.Property(r => r.Light).HasConversion<string>().HasMaxLength(10);
        b.Property(r => r.LightRuleVersion).HasMaxLength(40);
        b.Property(r => r.LightReason).HasMaxLength(300);
        b.HasOne<Project>().WithMany().HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProjectShareConfiguration : IEntityTypeConfiguration<ProjectShare>
{
    public void Configure(EntityTypeBuilder<ProjectShare> b)
    {
        b.HasKey(s => s.Id);
        b.Property(s => s.Id).ValueGeneratedNever();
        b.HasIndex(s => new { s.ZoneId, s.Status });
        b.HasIndex(s => new { s.HostZoneId, s.ProjectId });
        b.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.Agreement).HasMaxLength(200);
        b.Property(s => s.PartnerLiaison).HasMaxLength(100);
        b.Property(s => s.PartnerNote).HasMaxLength(1000);
        b.Ignore(s => s.HostBasisPoints);
        b.Ignore(s => s.IsLive);
        b.HasOne<Zone>().WithMany().HasForeignKey(s => s.ZoneId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Zone>().WithMany().HasForeignKey(s => s.HostZoneId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Project>().WithMany().HasForeignKey(s => s.ProjectId).OnDelete(DeleteBehavior.Restrict);
    }
}
