using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jixiao.Data.Configurations;

internal sealed class MonitoringRecordConfiguration : IEntityTypeConfiguration<MonitoringRecord>
{
    public void Configure(EntityTypeBuilder<MonitoringRecord> builder)
    {
        builder.HasKey(m => m.Id);
        builder.HasIndex(m => new { m.ProjectId, m.Month }).IsUnique();
        builder.Property(m => m.RecordedBy).HasMaxLength(Lengths.User);
        builder.HasOne(m => m.Project).WithMany().HasForeignKey(m => m.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.OwnsMany(m => m.Indicators, rows =>
        {
            rows.ToTable("MonitoringIndicators");
            rows.WithOwner().HasForeignKey(r => r.RecordId);
            rows.HasKey(r => new { r.RecordId, r.Row });
            // The row number of the approved table, always set by the app: never generated (an owned collection's key
            // would otherwise be an identity column on PostgreSQL, which SQLite cannot have in a composite key).
            rows.Property(r => r.Row).ValueGeneratedNever();
            rows.Property(r => r.Possibility).HasMaxLength(Lengths.Enum);
            rows.Property(r => r.DeviationCategory).HasMaxLength(Lengths.Enum);
        });
    }
}
