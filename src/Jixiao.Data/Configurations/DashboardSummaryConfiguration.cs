using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jixiao.Data.Configurations;

internal sealed class DashboardSummaryConfiguration : IEntityTypeConfiguration<DashboardSummary>
{
    public void Configure(EntityTypeBuilder<DashboardSummary> builder)
    {
        // Keyed so the dashboard's read (one region, one year) is a range scan of the primary key.
        builder.HasKey(s => new { s.RegionCode, s.FiscalYear, s.UnitId });
        builder.Property(s => s.RegionCode).HasMaxLength(Lengths.RegionCode);
        builder.Property(s => s.LatestGrade).HasConversion<string>().HasMaxLength(Lengths.Enum);
        builder.Property(s => s.LatestScore).HasPrecision(Precision.Score, Precision.ScoreScale);
        builder.Property(s => s.UnitCode).HasMaxLength(Lengths.Code);
        builder.HasIndex(s => new { s.RegionCode, s.FiscalYear, s.UnitCode });
        // Covering: the cards' sums and the grade counts of a year are read from the index alone.
        builder.HasIndex(s => new { s.RegionCode, s.FiscalYear, s.LatestGrade, s.ProjectCount, s.BudgetFen, s.ErrorCount, s.WarningCount })
            .HasDatabaseName("IX_DashboardSummaries_Totals");
        // The budget chart's largest units: the first entries of this index.
        builder.HasIndex(s => new { s.RegionCode, s.FiscalYear, s.BudgetFen });
        builder.HasIndex(s => s.UnitId);
        builder.HasOne(s => s.Unit).WithMany().HasForeignKey(s => s.UnitId).OnDelete(DeleteBehavior.Cascade);
    }
}
