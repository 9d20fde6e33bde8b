using Gaoxin.Modules.Zones.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gaoxin.Modules.Evaluation.Domain;

internal sealed class ContestConfiguration : IEntityTypeConfiguration<Contest>
{
    public void Configure(EntityTypeBuilder<Contest> b)
    {
        b.HasKey(c => c.Id);
        b.HasIndex(c => c.ZoneId).IsUnique();
        b.Property(c => c.Name).HasMaxLength(200);
        b.Property(c => c.UpdatedBy).HasMaxLength(256);
        b.Ignore(c => c.Spec);
        b.HasOne<Zone>().WithMany().HasForeignKey(c => c.ZoneId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ContestMonthConfiguration : IEntityTypeConfiguration<ContestMonth>
{
    public void Configure(EntityTypeBuilder<ContestMonth> b)
    {
        b.HasKey(m => m.Id);
        b.HasIndex(m => new { m.ZoneId, m.ContestId, m.Period }).IsUnique();
        b.Property(m => m.Period).HasMaxLength(7);
        b.Property(m => m.UpdatedBy).HasMaxLength(256);
        b.Ignore(m => m.Entries);
        b.HasOne<Contest>().WithMany().HasForeignKey(m => m.ContestId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PublishedContestMonthConfiguration : IEntityTypeConfiguration<PublishedContestMonth>
{
    public void Configure(EntityTypeBuilder<PublishedContestMonth> b)
    {
        b.HasKey(m => m.Id);
        b.HasIndex(m => new { m.ZoneId, m.ContestId, m.Period, m.Revision }).IsUnique();
        b.Property(m => m.Period).HasMaxLength(7);
        b.Property(m => m.Reason).HasMaxLength(500);
        b.Property(m => m.Fingerprint).HasMaxLength(64);
        b.Property(m => m.PublishedBy).HasMaxLength(256);
        b.HasOne<Contest>().WithMany().HasForeignKey(m => m.ContestId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ParkIndexTableConfiguration : IEntityTypeConfiguration<ParkIndexTable>
{
    public void Configure(EntityTypeBuilder<ParkIndexTable> b)
    {
        b.HasKey(t => t.Id);
        b.HasIndex(t => new { t.ZoneId, t.Year });
        b.Property(t => t.Name).HasMaxLength(200);
        b.Property(t => t.ImportedBy).HasMaxLength(256);
        b.Ignore(t => t.Data);
        b.HasOne<Zone>().WithMany().HasForeignKey(t => t.ZoneId).OnDelete(DeleteBehavior.Restrict);
    }
}
