using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jixiao.Data.Configurations;

internal sealed class ExecutionSummaryConfiguration : IEntityTypeConfiguration<ExecutionSummary>
{
    public void Configure(EntityTypeBuilder<ExecutionSummary> builder)
    {
        builder.HasKey(s => s.ProjectId);
        builder.Property(s => s.ProjectId).ValueGeneratedNever();
        builder.Property(s => s.RegionCode).HasMaxLength(Lengths.RegionCode);
        builder.Property(s => s.UnitCode).HasMaxLength(Lengths.Code);
        builder.Property(s => s.ProfileStamp).HasMaxLength(Lengths.Hash);
        builder.Property(s => s.PlanKey).HasMaxLength(Lengths.Name);
        // The list in document order, and the reviewer's orders (worst light, lowest rate) with the light filter.
        builder.HasIndex(s => new { s.RegionCode, s.FiscalYear, s.UnitCode, s.Sequence });
        builder.HasIndex(s => new { s.RegionCode, s.FiscalYear, s.ProjectLight, s.RateOrder });
        builder.HasIndex(s => new { s.RegionCode, s.FiscalYear, s.RateOrder });
        builder.HasIndex(s => new { s.RegionCode, s.FiscalYear, s.ProfileStamp });
        builder.HasIndex(s => new { s.UnitId, s.FiscalYear });
        builder.HasOne(s => s.Project).WithOne().HasForeignKey<ExecutionSummary>(s => s.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}
