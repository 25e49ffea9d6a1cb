using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jixiao.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.HasKey(a => a.Id);
        builder.HasIndex(a => a.Sequence).IsUnique();
        builder.Property(a => a.User).HasMaxLength(Lengths.User);
        builder.Property(a => a.Role).HasMaxLength(Lengths.Enum);
        builder.Property(a => a.IpAddress).HasMaxLength(Lengths.IpAddress);
        builder.Property(a => a.Action).HasMaxLength(Lengths.Enum);
        builder.Property(a => a.EntityType).HasMaxLength(Lengths.Enum * 2);
        builder.Property(a => a.EntityKey).HasMaxLength(Lengths.Name);
        builder.Property(a => a.Field).HasMaxLength(Lengths.Name);
        builder.Property(a => a.PreviousHash).HasMaxLength(Lengths.Hash);
        builder.Property(a => a.Hash).HasMaxLength(Lengths.Hash);
        builder.HasIndex(a => new { a.EntityType, a.EntityKey });
        builder.HasIndex(a => a.At);
    }
}
