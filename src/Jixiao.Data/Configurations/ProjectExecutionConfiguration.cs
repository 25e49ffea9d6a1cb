using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jixiao.Data.Configurations;

internal sealed class ProjectExecutionConfiguration : IEntityTypeConfiguration<ProjectExecution>
{
    public void Configure(EntityTypeBuilder<ProjectExecution> builder)
    {
        builder.HasKey(e => e.Id);
        builder.HasIndex(e => e.ProjectId).IsUnique();
        builder.Property(e => e.UpdatedBy).HasMaxLength(Lengths.User);
        builder.HasOne(e => e.Project).WithMany().HasForeignKey(e => e.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.OwnsMany(e => e.SpendingEntries, rows =>
        {
            rows.ToTable("SpendingEntries");
            rows.WithOwner().HasForeignKey(r => r.ExecutionId);
            rows.HasKey(r => new { r.ExecutionId, r.AsOf });
            rows.Property(r => r.RecordedBy).HasMaxLength(Lengths.User);
        });
    }
}
