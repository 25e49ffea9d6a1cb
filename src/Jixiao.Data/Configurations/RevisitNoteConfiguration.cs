using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jixiao.Data.Configurations;

internal sealed class RevisitNoteConfiguration : IEntityTypeConfiguration<RevisitNote>
{
    public void Configure(EntityTypeBuilder<RevisitNote> builder)
    {
        builder.HasKey(n => n.Id);
        builder.HasIndex(n => new { n.DocumentId, n.ProjectCode });
        builder.Property(n => n.ProjectCode).HasMaxLength(Lengths.Code);
        builder.Property(n => n.Field).HasMaxLength(Lengths.Name);
        builder.Property(n => n.Reason).HasMaxLength(Lengths.Enum);
        builder.HasOne<DepartmentDocument>().WithMany().HasForeignKey(n => n.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}
