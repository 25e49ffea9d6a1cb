using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jixiao.Data.Configurations;

internal sealed class ProjectIndicatorConfiguration : IEntityTypeConfiguration<ProjectIndicator>
{
    public void Configure(EntityTypeBuilder<ProjectIndicator> builder)
    {
        builder.HasKey(i => new { i.VersionId, i.Row });
        builder.Property(i => i.Level1).HasMaxLength(Lengths.Name);
        builder.Property(i => i.Level2).HasMaxLength(Lengths.Name);
        builder.Property(i => i.TargetKind).HasConversion<string>().HasMaxLength(Lengths.Enum);
        builder.Property(i => i.TargetComparator).HasConversion<string>().HasMaxLength(Lengths.Enum);
        builder.Property(i => i.TargetNumber).HasPrecision(Precision.Number, Precision.NumberScale);
        builder.Property(i => i.TargetUnit).HasMaxLength(Lengths.Name);
        builder.Property(i => i.Weight).HasPrecision(Precision.Score, Precision.ScoreScale);
    }
}
