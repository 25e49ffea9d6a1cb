using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jixiao.Data.Configurations;

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> builder)
    {
        builder.HasKey(u => u.Id);
        builder.Property(u => u.RegionCode).HasMaxLength(Lengths.RegionCode);
        builder.Property(u => u.Code).HasMaxLength(Lengths.Code);
        builder.Property(u => u.Name).HasMaxLength(Lengths.Name);
        builder.Property(u => u.DepartmentCode).HasMaxLength(Lengths.Code);
        builder.HasIndex(u => new { u.RegionCode, u.Code }).IsUnique();
        builder.HasIndex(u => new { u.RegionCode, u.DepartmentCode });
        builder.HasOne(u => u.Region).WithMany(r => r.Units).HasForeignKey(u => u.RegionCode).OnDelete(DeleteBehavior.Restrict);
    }
}
