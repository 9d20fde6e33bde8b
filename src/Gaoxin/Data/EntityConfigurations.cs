using Gaoxin.Modules.Accounts.Domain;
using Gaoxin.Modules.Audit.Domain;
using Gaoxin.Modules.Zones.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gaoxin.Data;

internal sealed class ZoneConfiguration : IEntityTypeConfiguration<Zone>
{
    public void Configure(EntityTypeBuilder<Zone> b)
    {
        b.HasKey(z => z.Id);
        b.HasIndex(z => z.Code).IsUnique();
        b.Property(z => z.Code).HasMaxLength(32);
        b.Property(z => z.Name).HasMaxLength(100);
        b.Property(z => z.NameEn).HasMaxLength(200);
        b.Property(z => z.Province).HasMaxLength(50);
        b.Property(z => z.City).HasMaxLength(50);
        b.Property(z => z.Level).HasConversion<string>().HasMaxLength(20);
    }
}

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> b)
    {
        b.HasKey(d => d.Id);
        b.Property(d => d.Name).HasMaxLength(100);
        b.HasIndex(d => new { d.ZoneId, d.Name });
        b.HasOne<Zone>().WithMany().HasForeignKey(d => d.ZoneId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> b)
    {
        b.Property(u => u.DisplayName).HasMaxLength(100);
        b.HasIndex(u => new { u.ZoneId, u.UserName });
        b.HasOne<Zone>().WithMany().HasForeignKey(u => u.ZoneId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Department>().WithMany().HasForeignKey(u => u.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(u => u.SupervisedZones).WithOne().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SupervisedZoneConfiguration : IEntityTypeConfiguration<SupervisedZone>
{
    public void Configure(EntityTypeBuilder<SupervisedZone> b)
    {
        b.HasKey(s => new { s.ZoneId, s.UserId });
        b.HasOne<Zone>().WithMany().HasForeignKey(s => s.ZoneId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.HasKey(a => a.Id);
        b.HasIndex(a => new { a.ZoneId, a.At });
        b.HasIndex(a => a.At);
        b.Property(a => a.EntityType).HasMaxLength(100);
        b.Property(a => a.EntityId).HasMaxLength(200);
        b.Property(a => a.UserName).HasMaxLength(256);
        b.Property(a => a.Action).HasConversion<string>().HasMaxLength(20);
    }
}

internal sealed class ServerSecretConfiguration : IEntityTypeConfiguration<ServerSecret>
{
    public void Configure(EntityTypeBuilder<ServerSecret> b)
    {
        b.HasKey(s => s.Name);
        b.Property(s => s.Name).HasMaxLength(100);
    }
}
