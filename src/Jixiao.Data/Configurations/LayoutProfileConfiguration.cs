using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jixiao.Data.Configurations;

internal sealed class LayoutProfileConfiguration : IEntityTypeConfiguration<LayoutProfile>
{
    public void Configure(EntityTypeBuilder<LayoutProfile> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.RegionCode).HasMaxLength(Lengths.RegionCode);
        builder.Property(p => p.Name).HasMaxLength(Lengths.Name);
        builder.Property(p => p.CreatedBy).HasMaxLength(Lengths.User);
        builder.HasIndex(p => new { p.RegionCode, p.Name }).IsUnique();
    }
}
