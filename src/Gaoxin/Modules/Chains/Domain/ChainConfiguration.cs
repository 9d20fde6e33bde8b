using Gaoxin.Modules.Innovation.Domain;
using Gaoxin.Modules.Projects.Domain;
using Gaoxin.Modules.Zones.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gaoxin.Modules.Chains.Domain;

internal sealed class ChainConfiguration : IEntityTypeConfiguration<Chain>
{
    public void Configure(EntityTypeBuilder<Chain> b)
    {
        b.HasKey(c => c.Id);
        b.HasIndex(c => new { c.ZoneId, c.Code }).IsUnique();
        b.Property(c => c.Code).HasMaxLength(40);
        b.Property(c => c.Name).HasMaxLength(100);
        b.Property(c => c.Description).HasMaxLength(1000);
        b.Property(c => c.ChiefName).HasMaxLength(50);
        b.Property(c => c.MemberUnits).HasMaxLength(1000);
        b.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.WeakBelowSharePercent).HasPrecision(5, 2);
        b.Ignore(c => c.MemberUnitList);
        b.HasOne<Zone>().WithMany().HasForeignKey(c => c.ZoneId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ChainLinkConfiguration : IEntityTypeConfiguration<ChainLink>
{
    public void Configure(EntityTypeBuilder<ChainLink> b)
    {
        b.HasKey(l => l.Id);
        b.HasIndex(l => new { l.ZoneId, l.ChainId, l.Code }).IsUnique();
        b.Property(l => l.Code).HasMaxLength(40);
        b.Property(l => l.Name).HasMaxLength(100);
        b.Property(l => l.Upstream).HasMaxLength(1000);
        b.Property(l => l.KeyProducts).HasMaxLength(1000);
        b.Property(l => l.Kind).HasConversion<string>().HasMaxLength(20);
        b.Ignore(l => l.UpstreamCodes);
        b.Ignore(l => l.KeyProductList);
        b.HasOne<Chain>().WithMany().HasForeignKey(l => l.ChainId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ChainPlacementConfiguration : IEntityTypeConfiguration<ChainPlacement>
{
    public void Configure(EntityTypeBuilder<ChainPlacement> b)
    {
        b.HasKey(p => p.Id);
        b.HasIndex(p => new { p.ZoneId, p.ChainId, p.LinkId });
        b.HasIndex(p => new { p.LinkId, p.EnterpriseId }).IsUnique().HasFilter("\"EnterpriseId\" IS NOT NULL");
        b.HasIndex(p => new { p.LinkId, p.ProjectId }).IsUnique().HasFilter("\"ProjectId\" IS NOT NULL");
        b.HasIndex(p => p.EnterpriseId);
        b.HasIndex(p => p.ProjectId);
        b.Property(p => p.Role).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.Note).HasMaxLength(500);
        b.HasOne<ChainLink>().WithMany().HasForeignKey(p => p.LinkId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(p => p.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Project>().WithMany().HasForeignKey(p => p.ProjectId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class InvestmentTargetConfiguration : IEntityTypeConfiguration<InvestmentTarget>
{
    public void Configure(EntityTypeBuilder<InvestmentTarget> b)
    {
        b.HasKey(t => t.Id);
        b.HasIndex(t => new { t.ZoneId, t.ChainId, t.Status });
        b.Property(t => t.Title).HasMaxLength(200);
        b.Property(t => t.Candidates).HasMaxLength(2000);
        b.Property(t => t.Note).HasMaxLength(1000);
        b.Property(t => t.CreatedBy).HasMaxLength(256);
        b.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
        b.HasOne<ChainLink>().WithMany().HasForeignKey(t => t.LinkId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Project>().WithMany().HasForeignKey(t => t.LeadProjectId).OnDelete(DeleteBehavior.SetNull);
    }
}
