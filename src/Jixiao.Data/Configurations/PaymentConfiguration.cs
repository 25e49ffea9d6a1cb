using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jixiao.Data.Configurations;

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> builder)
    {
        builder.HasKey(p => p.Id);

        // The natural key: importing the same export twice cannot add a row, even from two requests at once.
        builder.HasIndex(p => new { p.ProjectId, p.RecordKey }).IsUnique();
        builder.HasIndex(p => new { p.ProjectId, p.Date });
        builder.Property(p => p.Voucher).HasMaxLength(Lengths.Name);
        builder.Property(p => p.Line).HasMaxLength(Lengths.Enum);
        builder.Property(p => p.RecordKey).HasMaxLength(Lengths.FileName);
        builder.Property(p => p.SourceFile).HasMaxLength(Lengths.FileName);
        builder.Property(p => p.ImportedBy).HasMaxLength(Lengths.User);
        builder.HasOne(p => p.Project).WithMany().HasForeignKey(p => p.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}
