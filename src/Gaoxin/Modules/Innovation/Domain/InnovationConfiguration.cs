using Gaoxin.Modules.Accounts.Domain;
using Gaoxin.Modules.Zones.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gaoxin.Modules.Innovation.Domain;

internal sealed class EnterpriseConfiguration : IEntityTypeConfiguration<Enterprise>
{
    public void Configure(EntityTypeBuilder<Enterprise> b)
    {
        b.HasKey(e => e.Id);
        b.HasIndex(e => new { e.ZoneId, e.CreditCode }).IsUnique();
        b.HasIndex(e => new { e.ZoneId, e.Name });
        b.Property(e => e.Name).HasMaxLength(200);
        b.Property(e => e.CreditCode).HasMaxLength(18);
        b.Property(e => e.Industry).HasMaxLength(100);
        b.Property(e => e.Chain).HasMaxLength(100);
        b.Property(e => e.Address).HasMaxLength(200);
        b.Property(e => e.ContactName).HasMaxLength(50);
        b.Property(e => e.ContactPhone).HasMaxLength(30);
        b.Property(e => e.AutoIndustry).HasConversion<string>().HasMaxLength(20);
        b.HasOne<Zone>().WithMany().HasForeignKey(e => e.ZoneId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class EnterpriseYearConfiguration : IEntityTypeConfiguration<EnterpriseYear>
{
    public void Configure(EntityTypeBuilder<EnterpriseYear> b)
    {
        b.HasKey(y => y.Id);
        b.HasIndex(y => new { y.EnterpriseId, y.Year }).IsUnique();
        b.HasIndex(y => new { y.ZoneId, y.Year });
        b.Property(y => y.Source).HasConversion<string>().HasMaxLength(20);
        b.Property(y => y.ReportedBy).HasMaxLength(256);
        b.Ignore(y => y.Values);
        b.Ignore(y => y.ClassOneIp);
        b.Ignore(y => y.ClassTwoIp);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(y => y.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FiguresRevisionConfiguration : IEntityTypeConfiguration<FiguresRevision>
{
    public void Configure(EntityTypeBuilder<FiguresRevision> b)
    {
        b.HasKey(r => r.Id);
        b.HasIndex(r => new { r.EnterpriseId, r.Year, r.At });
        b.Property(r => r.Source).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.By).HasMaxLength(256);
        b.Property(r => r.Reason).HasMaxLength(500);
        b.Property(r => r.Values).HasMaxLength(4000);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(r => r.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class QualificationConfiguration : IEntityTypeConfiguration<Qualification>
{
    public void Configure(EntityTypeBuilder<Qualification> b)
    {
        b.HasKey(q => q.Id);
        b.HasIndex(q => new { q.ZoneId, q.Kind, q.ExpiresOn });
        b.HasIndex(q => q.EnterpriseId);
        b.Property(q => q.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(q => q.Level).HasConversion<string>().HasMaxLength(20);
        b.Property(q => q.CertificateNumber).HasMaxLength(60);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(q => q.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CultivationTargetConfiguration : IEntityTypeConfiguration<CultivationTarget>
{
    public void Configure(EntityTypeBuilder<CultivationTarget> b)
    {
        b.HasKey(t => new { t.ZoneId, t.Year, t.Kind });
        b.Property(t => t.Kind).HasConversion<string>().HasMaxLength(20);
        b.HasOne<Zone>().WithMany().HasForeignKey(t => t.ZoneId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EnterpriseAccountConfiguration : IEntityTypeConfiguration<EnterpriseAccount>
{
    public void Configure(EntityTypeBuilder<EnterpriseAccount> b)
    {
        b.HasKey(a => a.UserId);
        b.HasIndex(a => a.EnterpriseId);
        b.HasOne<User>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(a => a.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Zone>().WithMany().HasForeignKey(a => a.ZoneId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class InnovationStatisticsConfiguration : IEntityTypeConfiguration<InnovationStatistics>
{
    public void Configure(EntityTypeBuilder<InnovationStatistics> b)
    {
        b.HasKey(s => new { s.ZoneId, s.Year });
        b.Property(s => s.RdToGdpPercent).HasPrecision(7, 4);
        b.HasOne<Zone>().WithMany().HasForeignKey(s => s.ZoneId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EnterpriseEventConfiguration : IEntityTypeConfiguration<EnterpriseEvent>
{
    public void Configure(EntityTypeBuilder<EnterpriseEvent> b)
    {
        b.HasKey(x => x.Id);
        b.HasIndex(x => new { x.ZoneId, x.Kind, x.Date });
        b.HasIndex(x => new { x.ZoneId, x.EnterpriseId, x.Date });
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Board).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Round).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.StockCode).HasMaxLength(EnterpriseEventLimits.StockCode);
        b.Property(x => x.Investors).HasMaxLength(EnterpriseEventLimits.Investors);
        b.Property(x => x.Note).HasMaxLength(EnterpriseEventLimits.Note);
        b.Property(x => x.RecordedBy).HasMaxLength(256);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
    }
}
