using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jixiao.Data.Configurations;

internal sealed class DocumentCommentConfiguration : IEntityTypeConfiguration<DocumentComment>
{
    public void Configure(EntityTypeBuilder<DocumentComment> builder)
    {
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => c.DocumentId);
        builder.Property(c => c.ProjectCode).HasMaxLength(Lengths.Code);
        builder.Property(c => c.Field).HasMaxLength(Lengths.Name);
        builder.Property(c => c.Author).HasMaxLength(Lengths.User);
        builder.Property(c => c.AuthorRole).HasMaxLength(Lengths.Enum);
        builder.Property(c => c.ResolvedBy).HasMaxLength(Lengths.User);
        builder.HasOne<DepartmentDocument>().WithMany().HasForeignKey(c => c.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Replies).WithOne().HasForeignKey(r => r.CommentId).OnDelete(DeleteBehavior.Cascade);
    }
}
