using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jixiao.Data.Configurations;

internal sealed class PlanCheckpointConfiguration : IEntityTypeConfiguration<PlanCheckpoint>
{
    public void Configure(EntityTypeBuilder<PlanCheckpoint> builder)
    {
        builder.HasKey(c => new { c.VersionId, c.Month });
        builder.Property(c => c.CumulativePercent).HasPrecision(Precision.Percent, Precision.PercentScale);
    }
}
