using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jixiao.Data.Configurations;

internal sealed class DocumentSubGoalConfiguration : IEntityTypeConfiguration<DocumentSubGoal>
{
    public void Configure(EntityTypeBuilder<DocumentSubGoal> builder)
    {
        builder.HasKey(s => new { s.DocumentId, s.Position });
        builder.Property(s => s.Title).HasMaxLength(Lengths.Name);
    }
}
