using Gaoxin.Modules.Zones.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gaoxin.Modules.Projects.Domain;

internal sealed class ProblemConfiguration : IEntityTypeConfiguration<Problem>
{
    public void Configure(EntityTypeBuilder<Problem> b)
    {
        b.HasKey(p => p.Id);
        b.HasIndex(p => new { p.ZoneId, p.Status, p.Deadline });
        b.HasIndex(p => new { p.ZoneId, p.ProjectId });
        b.HasIndex(p => new { p.ZoneId, p.MeetingId });
        b.Property(p => p.Title).HasMaxLength(200);
        b.Property(p => p.Detail).HasMaxLength(2000);
        b.Property(p => p.RaisedBy).HasMaxLength(256);
        b.Property(p => p.Assignee).HasMaxLength(100);
        b.Property(p => p.Resolution).HasMaxLength(2000);
        b.Property(p => p.Status).HasConversion<string>().HasMaxLength(12);
        b.HasOne<Project>().WithMany().HasForeignKey(p => p.ProjectId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Department>().WithMany().HasForeignKey(p => p.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<DispatchMeeting>().WithMany().HasForeignKey(p => p.MeetingId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<WeeklyReport>().WithMany().HasForeignKey(p => p.WeeklyReportId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(p => p.Steps).WithOne().HasForeignKey(s => s.ProblemId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(p => p.Steps).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ProblemStepConfiguration : IEntityTypeConfiguration<ProblemStep>
{
    public void Configure(EntityTypeBuilder<ProblemStep> b)
    {
        b.HasKey(s => s.Id);
        b.Property(s => s.Id).ValueGeneratedNever();
        b.HasIndex(s => new { s.ZoneId, s.ProblemId });
        b.Property(s => s.Action).HasConversion<string>().HasMaxLength(12);
        b.Property(s => s.By).HasMaxLength(256);
        b.Property(s => s.Note).HasMaxLength(2000);
    }
}

internal sealed class ProjectDutyConfiguration : IEntityTypeConfiguration<ProjectDuty>
{
    public void Configure(EntityTypeBuilder<ProjectDuty> b)
    {
        b.HasKey(d => d.Id);
        b.HasIndex(d => new { d.ZoneId, d.ProjectId });
        b.Property(d => d.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(d => d.Text).HasMaxLength(500);
        b.Property(d => d.Owner).HasMaxLength(100);
        b.HasOne<Project>().WithMany().HasForeignKey(d => d.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class WeeklyReportConfiguration : IEntityTypeConfiguration<WeeklyReport>
{
    public void Configure(EntityTypeBuilder<WeeklyReport> b)
    {
        b.HasKey(w => w.Id);
        b.HasIndex(w => new { w.ZoneId, w.ProjectId, w.Week }).IsUnique();
        b.HasIndex(w => new { w.ZoneId, w.Week });
        b.Property(w => w.Progress).HasMaxLength(2000);
        b.Property(w => w.ReportedBy).HasMaxLength(256);
        b.HasOne<Project>().WithMany().HasForeignKey(w => w.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProjectFileConfiguration : IEntityTypeConfiguration<ProjectFile>
{
    public void Configure(EntityTypeBuilder<ProjectFile> b)
    {
        b.HasKey(f => f.Id);
        b.HasIndex(f => new { f.ZoneId, f.ProjectId, f.Purpose });
        b.HasIndex(f => f.WeeklyReportId);
        b.Property(f => f.Purpose).HasConversion<string>().HasMaxLength(16);
        b.Property(f => f.FileName).HasMaxLength(200);
        b.Property(f => f.ContentType).HasMaxLength(40);
        b.Property(f => f.UploadedBy).HasMaxLength(256);
        b.HasOne<Project>().WithMany().HasForeignKey(f => f.ProjectId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<WeeklyReport>().WithMany().HasForeignKey(f => f.WeeklyReportId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DispatchMeetingConfiguration : IEntityTypeConfiguration<DispatchMeeting>
{
    public void Configure(EntityTypeBuilder<DispatchMeeting> b)
    {
        b.HasKey(m => m.Id);
        b.HasIndex(m => new { m.ZoneId, m.Date });
        b.Property(m => m.Title).HasMaxLength(200);
        b.Property(m => m.Minutes).HasMaxLength(4000);
        b.Property(m => m.CreatedBy).HasMaxLength(256);
        b.HasOne<Zone>().WithMany().HasForeignKey(m => m.ZoneId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SigningEventConfiguration : IEntityTypeConfiguration<SigningEvent>
{
    public void Configure(EntityTypeBuilder<SigningEvent> b)
    {
        b.HasKey(e => e.Id);
        b.HasIndex(e => new { e.ZoneId, e.Date });
        b.Property(e => e.Name).HasMaxLength(200);
        b.Property(e => e.Place).HasMaxLength(200);
        b.HasOne<Zone>().WithMany().HasForeignKey(e => e.ZoneId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SigningConfiguration : IEntityTypeConfiguration<Signing>
{
    public void Configure(EntityTypeBuilder<Signing> b)
    {
        b.HasKey(s => s.Id);
        b.HasIndex(s => new { s.ZoneId, s.SignedOn });
        b.HasIndex(s => new { s.ZoneId, s.ProjectId });
        b.Property(s => s.ProjectName).HasMaxLength(200);
        b.Property(s => s.Investor).HasMaxLength(200);
        b.Property(s => s.Kind).HasConversion<string>().HasMaxLength(16);
        b.HasOne<Project>().WithMany().HasForeignKey(s => s.ProjectId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<SigningEvent>().WithMany().HasForeignKey(s => s.EventId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ZoneProjectSettingsConfiguration : IEntityTypeConfiguration<ZoneProjectSettings>
{
    public void Configure(EntityTypeBuilder<ZoneProjectSettings> b)
    {
        b.HasKey(s => s.ZoneId);
        b.Property(s => s.YellowBandPoints).HasPrecision(5, 2);
        b.Ignore(s => s.LightRule);
        b.HasOne<Zone>().WithMany().HasForeignKey(s => s.ZoneId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PublishedRankingConfiguration : IEntityTypeConfiguration<PublishedRanking>
{
    public void Configure(EntityTypeBuilder<PublishedRanking> b)
    {
        b.HasKey(r => r.Id);
        b.HasIndex(r => new { r.ZoneId, r.Year, r.Month });
        b.Property(r => r.PublishedBy).HasMaxLength(256);
        b.HasOne<Zone>().WithMany().HasForeignKey(r => r.ZoneId).OnDelete(DeleteBehavior.Restrict);
    }
}
