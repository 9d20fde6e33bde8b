using Gaoxin.Modules.Projects.Domain;
using Gaoxin.Modules.Zones.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gaoxin.Modules.Schedules.Domain;

internal sealed class MilestoneTemplateConfiguration : IEntityTypeConfiguration<MilestoneTemplate>
{
    public void Configure(EntityTypeBuilder<MilestoneTemplate> b)
    {
        b.HasKey(t => t.Id);
        b.HasIndex(t => new { t.ZoneId, t.Code }).IsUnique();
        b.Property(t => t.Code).HasMaxLength(40);
        b.Property(t => t.Name).HasMaxLength(100);
        b.Property(t => t.ProjectType).HasMaxLength(100);
        b.Ignore(t => t.Steps);
        b.Ignore(t => t.Links);
        b.HasOne<Zone>().WithMany().HasForeignKey(t => t.ZoneId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ZoneCalendarConfiguration : IEntityTypeConfiguration<ZoneCalendar>
{
    public void Configure(EntityTypeBuilder<ZoneCalendar> b)
    {
        b.HasKey(c => c.ZoneId);
        b.Ignore(c => c.Years);
        b.Ignore(c => c.Days);
        b.HasOne<Zone>().WithMany().HasForeignKey(c => c.ZoneId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProjectScheduleConfiguration : IEntityTypeConfiguration<ProjectSchedule>
{
    public void Configure(EntityTypeBuilder<ProjectSchedule> b)
    {
        b.HasKey(s => s.Id);
        // One schedule per project: a second create is a conflict, also between two racing requests.
        b.HasIndex(s => s.ProjectId).IsUnique();
        b.HasIndex(s => s.ZoneId);
        b.Property(s => s.TemplateName).HasMaxLength(100);
        b.HasOne<Zone>().WithMany().HasForeignKey(s => s.ZoneId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Project>().WithMany().HasForeignKey(s => s.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}
