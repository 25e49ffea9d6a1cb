using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jixiao.Data.Configurations;

internal sealed class ReviewFindingCountConfiguration : IEntityTypeConfiguration<ReviewFindingCount>
{
    public void Configure(EntityTypeBuilder<ReviewFindingCount> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.RuleId).HasMaxLength(Lengths.RuleId);
        builder.Property(c => c.Severity).HasConversion<string>().HasMaxLength(Lengths.Enum);
        // A run's lines (the list sums the latest runs'); it also serves the foreign key to the run.
        builder.HasIndex(c => new { c.ReviewRunId, c.UnitId });
        // One unit's lines, for the list filtered by unit.
        builder.HasIndex(c => c.UnitId);
        builder.HasOne<ReviewRun>().WithMany().HasForeignKey(c => c.ReviewRunId).OnDelete(DeleteBehavior.Cascade);
    }
}
