using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jixiao.Data.Configurations;

internal sealed class MonitoringRecordConfiguration : IEntityTypeConfiguration<MonitoringRecord>
{
    public void Configure(EntityTypeBuilder<MonitoringRecord> builder)
    {
        builder.HasKey(m => m.Id);
        builder.HasIndex(m => new { m.ProjectId, m.Month });
        builder.Property(m => m.DeviationCategory).HasMaxLength(Lengths.Enum);
        builder.Property(m => m.Likelihood).HasMaxLength(Lengths.Enum);
        builder.Property(m => m.Light).HasMaxLength(Lengths.Enum);
        builder.Property(m => m.RecordedBy).HasMaxLength(Lengths.User);
        builder.HasOne(m => m.Project).WithMany().HasForeignKey(m => m.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}
