using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jixiao.Data.Configurations;

internal sealed class SelfEvaluationConfiguration : IEntityTypeConfiguration<SelfEvaluation>
{
    public void Configure(EntityTypeBuilder<SelfEvaluation> builder)
    {
        builder.HasKey(s => s.Id);
        builder.HasIndex(s => s.ProjectId).IsUnique();
        builder.Property(s => s.ExecutionScore).HasPrecision(Precision.Score, Precision.ScoreScale);
        builder.Property(s => s.TotalScore).HasPrecision(Precision.Score, Precision.ScoreScale);
        builder.Property(s => s.Grade).HasConversion<string>().HasMaxLength(Lengths.Enum);
        builder.Property(s => s.EvaluatedBy).HasMaxLength(Lengths.User);
        builder.HasOne(s => s.Project).WithMany().HasForeignKey(s => s.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.OwnsMany(s => s.Indicators, rows =>
        {
            rows.ToTable("SelfEvaluationIndicators");
            rows.WithOwner().HasForeignKey(r => r.EvaluationId);
            rows.HasKey(r => new { r.EvaluationId, r.Row });
            // The row number of the approved table, always set by the app: never generated (an owned collection's key
            // would otherwise be an identity column on PostgreSQL, which SQLite cannot have in a composite key).
            rows.Property(r => r.Row).ValueGeneratedNever();
            rows.Property(r => r.Points).HasPrecision(Precision.Score, Precision.ScoreScale);
            rows.Property(r => r.DeclaredScore).HasPrecision(Precision.Score, Precision.ScoreScale);
        });
    }
}
