using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jixiao.Data.Configurations;

internal sealed class DocumentSafeguardConfiguration : IEntityTypeConfiguration<DocumentSafeguard>
{
    public void Configure(EntityTypeBuilder<DocumentSafeguard> builder)
    {
        builder.HasKey(s => new { s.DocumentId, s.Position });
        builder.Property(s => s.Title).HasMaxLength(Lengths.Name);
    }
}
