using Gaoxin.Modules.Zones.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gaoxin.Modules.Incentives.Domain;

internal sealed class PolicyItemConfiguration : IEntityTypeConfiguration<PolicyItem>
{
    public void Configure(EntityTypeBuilder<PolicyItem> b)
    {
        b.HasKey(p => p.Id);
        b.Property(p => p.Id).ValueGeneratedNever();
        b.HasIndex(p => new { p.ZoneId, p.Section });
        b.HasIndex(p => new { p.ZoneId, p.RuleId });
        b.Property(p => p.Section).HasMaxLength(50);
        b.Property(p => p.Title).HasMaxLength(200);
        b.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.Document).HasMaxLength(300);
        b.Property(p => p.Content).HasMaxLength(4000);
        b.Property(p => p.Beneficiaries).HasMaxLength(1000);
        b.Property(p => p.Conditions).HasMaxLength(2000);
        b.Property(p => p.AmountText).HasMaxLength(1000);
        b.Property(p => p.Procedure).HasMaxLength(2000);
        b.Property(p => p.TimeLimit).HasMaxLength(200);
        b.Property(p => p.WhereToApply).HasMaxLength(300);
        b.Property(p => p.Contact).HasMaxLength(200);
        b.Property(p => p.RuleId).HasMaxLength(80);
        b.HasOne<Zone>().WithMany().HasForeignKey(p => p.ZoneId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class GrantConfiguration : IEntityTypeConfiguration<Grant>
{
    public void Configure(EntityTypeBuilder<Grant> b)
    {
        b.HasKey(g => g.Id);
        b.Property(g => g.Id).ValueGeneratedNever();
        b.HasIndex(g => new { g.ZoneId, g.Status });
        b.HasIndex(g => new { g.ZoneId, g.PolicyItemId, g.Period });
        b.Property(g => g.RuleId).HasMaxLength(80);
        b.Property(g => g.RuleVersion).HasMaxLength(40);
        b.Property(g => g.EnterpriseName).HasMaxLength(200);
        b.Property(g => g.CreditCode).HasMaxLength(18);
        b.Property(g => g.InputsJson).HasMaxLength(4000);
        b.Property(g => g.ExplanationZh).HasMaxLength(2000);
        b.Property(g => g.ExplanationEn).HasMaxLength(2000);
        b.Property(g => g.Origin).HasConversion<string>().HasMaxLength(20);
        b.Property(g => g.Status).HasConversion<string>().HasMaxLength(20);
        b.HasOne<Zone>().WithMany().HasForeignKey(g => g.ZoneId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PolicyItem>().WithMany().HasForeignKey(g => g.PolicyItemId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<FundYear>().WithMany().HasForeignKey(g => g.FundYearId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(g => g.Steps).WithOne().HasForeignKey(s => s.GrantId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(g => g.Steps).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class GrantStepConfiguration : IEntityTypeConfiguration<GrantStep>
{
    public void Configure(EntityTypeBuilder<GrantStep> b)
    {
        b.HasKey(s => s.Id);
        b.Property(s => s.Id).ValueGeneratedNever();
        b.HasIndex(s => new { s.ZoneId, s.GrantId });
        b.Property(s => s.Action).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.By).HasMaxLength(100);
        b.Property(s => s.Note).HasMaxLength(500);
    }
}

internal sealed class FundYearConfiguration : IEntityTypeConfiguration<FundYear>
{
    public void Configure(EntityTypeBuilder<FundYear> b)
    {
        b.HasKey(f => f.Id);
        b.Property(f => f.Id).ValueGeneratedNever();
        b.HasIndex(f => new { f.ZoneId, f.FundId, f.Year }).IsUnique();
        b.Property(f => f.FundId).HasMaxLength(80);
        b.Property(f => f.Title).HasMaxLength(200);
        b.Property(f => f.PolicyIds).HasMaxLength(1000);
        b.Ignore(f => f.AvailableFen);
        b.HasOne<Zone>().WithMany().HasForeignKey(f => f.ZoneId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PolicyRuleRevisionConfiguration : IEntityTypeConfiguration<PolicyRuleRevision>
{
    public void Configure(EntityTypeBuilder<PolicyRuleRevision> b)
    {
        b.HasKey(r => r.Id);
        b.Property(r => r.Id).ValueGeneratedNever();
        b.HasIndex(r => new { r.ZoneId, r.RuleId, r.Revision }).IsUnique();
        b.Property(r => r.RuleId).HasMaxLength(80);
        b.Property(r => r.Yaml).HasMaxLength(64_000);
        b.Property(r => r.TestsYaml).HasMaxLength(64_000);
        b.Property(r => r.PublishedBy).HasMaxLength(100);
        b.Ignore(r => r.Label);
        b.HasOne<Zone>().WithMany().HasForeignKey(r => r.ZoneId).OnDelete(DeleteBehavior.Restrict);
    }
}
