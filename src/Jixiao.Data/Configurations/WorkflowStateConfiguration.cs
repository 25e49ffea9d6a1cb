using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jixiao.Data.Configurations;

internal sealed class WorkflowStateConfiguration : IEntityTypeConfiguration<WorkflowState>
{
    public void Configure(EntityTypeBuilder<WorkflowState> builder)
    {
        builder.HasKey(w => w.DocumentId);
        builder.Property(w => w.Status).HasConversion<string>().HasMaxLength(Lengths.Enum);
        builder.Property(w => w.Grade).HasMaxLength(Lengths.Enum);
        builder.Property(w => w.ChangedBy).HasMaxLength(Lengths.User);
        builder.Property(w => w.Revision).IsConcurrencyToken();
    }
}
