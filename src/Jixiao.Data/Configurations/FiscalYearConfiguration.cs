using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jixiao.Data.Configurations;

internal sealed class FiscalYearConfiguration : IEntityTypeConfiguration<FiscalYear>
{
    public void Configure(EntityTypeBuilder<FiscalYear> builder)
    {
        builder.HasKey(y => new { y.RegionCode, y.Year });
        builder.Property(y => y.RegionCode).HasMaxLength(Lengths.RegionCode);
        builder.Property(y => y.Status).HasConversion<string>().HasMaxLength(Lengths.Enum);
        builder.HasOne<Region>().WithMany().HasForeignKey(y => y.RegionCode).OnDelete(DeleteBehavior.Restrict);
    }
}
