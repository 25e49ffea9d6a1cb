using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jixiao.Data.Configurations;

internal sealed class LibraryIndicatorConfiguration : IEntityTypeConfiguration<LibraryIndicator>
{
    public void Configure(EntityTypeBuilder<LibraryIndicator> builder)
    {
        builder.HasKey(i => i.Id);
        builder.Property(i => i.RegionCode).HasMaxLength(Lengths.RegionCode);
        builder.Property(i => i.Key).HasMaxLength(Lengths.Name);
        builder.Property(i => i.Name).HasMaxLength(Lengths.Name);
        builder.Property(i => i.Level1).HasMaxLength(Lengths.Name);
        builder.Property(i => i.Level2).HasMaxLength(Lengths.Name);
        builder.Property(i => i.Unit).HasMaxLength(Lengths.Name);
        builder.Property(i => i.Direction).HasMaxLength(Lengths.Enum);
        builder.Property(i => i.Q1).HasPrecision(Precision.Number, Precision.NumberScale);
        builder.Property(i => i.Median).HasPrecision(Precision.Number, Precision.NumberScale);
        builder.Property(i => i.Q3).HasPrecision(Precision.Number, Precision.NumberScale);
        // One entry per region and key; suggestions read one region's entries (and the national base's).
        builder.HasIndex(i => new { i.RegionCode, i.Key }).IsUnique();
        builder.HasIndex(i => new { i.RegionCode, i.Level2 });
    }
}
