using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jixiao.Data.Configurations;

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> builder)
    {
        builder.HasKey(r => r.Code);
        builder.Property(r => r.Code).HasMaxLength(Lengths.RegionCode);
        builder.Property(r => r.Name).HasMaxLength(Lengths.Name);
        builder.Property(r => r.MonitoringProfile).HasMaxLength(Lengths.Enum).HasDefaultValue("hebei");
        builder.Property(r => r.ScoringProfile).HasMaxLength(Lengths.Enum).HasDefaultValue("national");
    }
}
