using Gaoxin.Modules.Zones.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gaoxin.Modules.Innovation.Domain;

internal sealed class ServiceRequestConfiguration : IEntityTypeConfiguration<ServiceRequest>
{
    public void Configure(EntityTypeBuilder<ServiceRequest> b)
    {
        b.HasKey(r => r.Id);
        b.HasIndex(r => new { r.ZoneId, r.RaisedOn });
        b.HasIndex(r => new { r.ZoneId, r.DueOn });
        b.HasIndex(r => r.EnterpriseId);
        b.Property(r => r.Type).HasMaxLength(30);
        b.Property(r => r.Title).HasMaxLength(200);
        b.Property(r => r.Detail).HasMaxLength(2000);
        b.Property(r => r.RaisedBy).HasMaxLength(256);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Handler).HasMaxLength(100);
        b.Property(r => r.Reply).HasMaxLength(2000);
        b.Property(r => r.Comment).HasMaxLength(500);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(r => r.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Department>().WithMany().HasForeignKey(r => r.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Zone>().WithMany().HasForeignKey(r => r.ZoneId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CarrierConfiguration : IEntityTypeConfiguration<Carrier>
{
    public void Configure(EntityTypeBuilder<Carrier> b)
    {
        b.HasKey(c => c.Id);
        b.HasIndex(c => new { c.ZoneId, c.Name }).IsUnique();
        b.Property(c => c.Name).HasMaxLength(200);
        b.Property(c => c.Operator).HasMaxLength(200);
        b.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.Level).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.AreaSquareMeters).HasPrecision(12, 2);
        b.HasOne<Zone>().WithMany().HasForeignKey(c => c.ZoneId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class IncubateeConfiguration : IEntityTypeConfiguration<Incubatee>
{
    public void Configure(EntityTypeBuilder<Incubatee> b)
    {
        b.HasKey(i => i.Id);
        b.HasIndex(i => new { i.ZoneId, i.CarrierId });
        b.HasIndex(i => i.EnterpriseId);
        b.Property(i => i.Name).HasMaxLength(200);
        b.Property(i => i.AreaSquareMeters).HasPrecision(12, 2);
        b.Property(i => i.GraduationBasis).HasConversion<string>().HasMaxLength(20);
        b.Property(i => i.ExitReason).HasMaxLength(500);
        b.HasOne<Carrier>().WithMany().HasForeignKey(i => i.CarrierId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(i => i.EnterpriseId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class UniversityCentreConfiguration : IEntityTypeConfiguration<UniversityCentre>
{
    public void Configure(EntityTypeBuilder<UniversityCentre> b)
    {
        b.HasKey(c => c.Id);
        b.HasIndex(c => new { c.ZoneId, c.Name });
        b.Property(c => c.Partner).HasMaxLength(200);
        b.Property(c => c.Name).HasMaxLength(200);
        b.Property(c => c.Field).HasMaxLength(100);
        b.Property(c => c.Level).HasConversion<string>().HasMaxLength(20);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(c => c.EnterpriseId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<Zone>().WithMany().HasForeignKey(c => c.ZoneId).OnDelete(DeleteBehavior.Restrict);
    }
}
