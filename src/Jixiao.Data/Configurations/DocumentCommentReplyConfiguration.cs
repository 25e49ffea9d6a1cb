using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jixiao.Data.Configurations;

internal sealed class DocumentCommentReplyConfiguration : IEntityTypeConfiguration<DocumentCommentReply>
{
    public void Configure(EntityTypeBuilder<DocumentCommentReply> builder)
    {
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => r.CommentId);
        builder.Property(r => r.Author).HasMaxLength(Lengths.User);
        builder.Property(r => r.Role).HasMaxLength(Lengths.Enum);
    }
}
