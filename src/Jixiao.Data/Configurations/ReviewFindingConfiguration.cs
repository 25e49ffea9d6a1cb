using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jixiao.Data.Configurations;

internal sealed class ReviewFindingConfiguration : IEntityTypeConfiguration<ReviewFinding>
{
    public void Configure(EntityTypeBuilder<ReviewFinding> builder)
    {
        builder.HasKey(f => f.Id);
        builder.Property(f => f.RuleId).HasMaxLength(Lengths.RuleId);
        builder.Property(f => f.Severity).HasConversion<string>().HasMaxLength(Lengths.Enum);
        builder.Property(f => f.Dimension).HasConversion<string>().HasMaxLength(Lengths.Enum);
        builder.Property(f => f.ProjectCode).HasMaxLength(Lengths.Code);
        builder.Property(f => f.Field).HasMaxLength(Lengths.Name);
        builder.Property(f => f.Deduction).HasPrecision(Precision.Score, Precision.ScoreScale);
        builder.HasIndex(f => f.ProjectId);
        // A run's findings of one project (the dashboard counts them per unit, the project page lists them); it also
        // serves the foreign key to the run.
        builder.HasIndex(f => new { f.ReviewRunId, f.ProjectId });
        builder.HasOne<Project>().WithMany().HasForeignKey(f => f.ProjectId).OnDelete(DeleteBehavior.SetNull);
    }
}
