using Gaoxin.Modules.Innovation.Domain;
using Gaoxin.Modules.Zones.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gaoxin.Modules.Talent.Domain;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> b)
    {
        b.ToTable("TalentPeople");
        b.HasKey(p => p.Id);
        b.HasIndex(p => new { p.ZoneId, p.Name });
        b.HasIndex(p => new { p.ZoneId, p.Title });
        b.Property(p => p.Name).HasMaxLength(100);
        b.Property(p => p.Gender).HasConversion<string>().HasMaxLength(10);
        b.Property(p => p.Degree).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.Title).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.Fields).HasMaxLength(300);
        b.Property(p => p.EmployerName).HasMaxLength(200);
        b.Property(p => p.Phone).HasMaxLength(30);
        b.Property(p => p.Email).HasMaxLength(120);
        b.Property(p => p.IdNumber).HasMaxLength(18);
        b.Ignore(p => p.FieldList);
        b.HasOne<Zone>().WithMany().HasForeignKey(p => p.ZoneId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(p => p.EmployerId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class ProgrammeConfiguration : IEntityTypeConfiguration<Programme>
{
    public void Configure(EntityTypeBuilder<Programme> b)
    {
        b.ToTable("TalentProgrammes");
        b.HasKey(p => p.Id);
        b.HasIndex(p => new { p.ZoneId, p.Name }).IsUnique();
        b.Property(p => p.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(p => p.Name).HasMaxLength(100);
        b.HasOne<Zone>().WithMany().HasForeignKey(p => p.ZoneId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class EnrolmentConfiguration : IEntityTypeConfiguration<Enrolment>
{
    public void Configure(EntityTypeBuilder<Enrolment> b)
    {
        b.ToTable("TalentEnrolments");
        b.HasKey(e => e.Id);
        b.HasIndex(e => new { e.ZoneId, e.EnrolledOn });
        b.HasIndex(e => new { e.PersonId, e.ProgrammeId }).IsUnique();
        b.HasOne<Person>().WithMany().HasForeignKey(e => e.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Programme>().WithMany().HasForeignKey(e => e.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SupportItemConfiguration : IEntityTypeConfiguration<SupportItem>
{
    public void Configure(EntityTypeBuilder<SupportItem> b)
    {
        b.ToTable("TalentSupportItems");
        b.HasKey(s => s.Id);
        b.HasIndex(s => s.EnrolmentId);
        b.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.Note).HasMaxLength(200);
        b.HasOne<Enrolment>().WithMany().HasForeignKey(s => s.EnrolmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FlexibleEngagementConfiguration : IEntityTypeConfiguration<FlexibleEngagement>
{
    public void Configure(EntityTypeBuilder<FlexibleEngagement> b)
    {
        b.ToTable("TalentEngagements");
        b.HasKey(f => f.Id);
        b.HasIndex(f => f.PersonId);
        b.HasIndex(f => new { f.ZoneId, f.HostEnterpriseId });
        b.Property(f => f.Form).HasConversion<string>().HasMaxLength(20);
        b.HasOne<Person>().WithMany().HasForeignKey(f => f.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(f => f.HostEnterpriseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TalentNeedConfiguration : IEntityTypeConfiguration<TalentNeed>
{
    public void Configure(EntityTypeBuilder<TalentNeed> b)
    {
        b.ToTable("TalentNeeds");
        b.HasKey(n => n.Id);
        b.HasIndex(n => new { n.ZoneId, n.Deadline });
        b.HasIndex(n => n.EnterpriseId);
        b.Property(n => n.Title).HasMaxLength(200);
        b.Property(n => n.Field).HasMaxLength(100);
        b.Property(n => n.Description).HasMaxLength(2000);
        b.Property(n => n.WantedTitle).HasConversion<string>().HasMaxLength(20);
        b.Property(n => n.PostedBy).HasMaxLength(256);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(n => n.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Zone>().WithMany().HasForeignKey(n => n.ZoneId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MatchOutcomeConfiguration : IEntityTypeConfiguration<MatchOutcome>
{
    public void Configure(EntityTypeBuilder<MatchOutcome> b)
    {
        b.ToTable("TalentMatchOutcomes");
        b.HasKey(o => o.Id);
        b.HasIndex(o => new { o.NeedId, o.PersonId });
        b.HasIndex(o => new { o.ZoneId, o.EnterpriseId });
        b.Property(o => o.Outcome).HasConversion<string>().HasMaxLength(20);
        b.Property(o => o.Note).HasMaxLength(500);
        b.Property(o => o.By).HasMaxLength(256);
        b.HasOne<TalentNeed>().WithMany().HasForeignKey(o => o.NeedId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Person>().WithMany().HasForeignKey(o => o.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TalentTargetConfiguration : IEntityTypeConfiguration<TalentTarget>
{
    public void Configure(EntityTypeBuilder<TalentTarget> b)
    {
        b.ToTable("TalentTargets");
        b.HasKey(t => new { t.ZoneId, t.Year });
        b.HasOne<Zone>().WithMany().HasForeignKey(t => t.ZoneId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TalentSettingsConfiguration : IEntityTypeConfiguration<TalentSettings>
{
    public void Configure(EntityTypeBuilder<TalentSettings> b)
    {
        b.ToTable("TalentSettings");
        b.HasKey(s => s.ZoneId);
        b.Property(s => s.TalentDepartments).HasMaxLength(500);
        b.Ignore(s => s.DepartmentFragments);
        b.HasOne<Zone>().WithMany().HasForeignKey(s => s.ZoneId).OnDelete(DeleteBehavior.Cascade);
    }
}
