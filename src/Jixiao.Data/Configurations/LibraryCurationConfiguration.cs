using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jixiao.Data.Configurations;

internal sealed class LibraryCurationConfiguration : IEntityTypeConfiguration<LibraryCuration>
{
    public void Configure(EntityTypeBuilder<LibraryCuration> builder)
    {
        builder.HasKey(c => new { c.RegionCode, c.Key });
        builder.Property(c => c.RegionCode).HasMaxLength(Lengths.RegionCode);
        builder.Property(c => c.Key).HasMaxLength(Lengths.Name);
        builder.Property(c => c.Name).HasMaxLength(Lengths.Name);
        builder.Property(c => c.Level1).HasMaxLength(Lengths.Name);
        builder.Property(c => c.Level2).HasMaxLength(Lengths.Name);
        builder.Property(c => c.Unit).HasMaxLength(Lengths.Name);
        builder.Property(c => c.MergedInto).HasMaxLength(Lengths.Name);
        builder.Property(c => c.ChangedBy).HasMaxLength(Lengths.User);
    }
}
