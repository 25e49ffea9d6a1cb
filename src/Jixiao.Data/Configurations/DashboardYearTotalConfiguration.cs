using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jixiao.Data.Configurations;

internal sealed class DashboardYearTotalConfiguration : IEntityTypeConfiguration<DashboardYearTotal>
{
    public void Configure(EntityTypeBuilder<DashboardYearTotal> builder)
    {
        builder.HasKey(t => new { t.RegionCode, t.FiscalYear });
        builder.Property(t => t.RegionCode).HasMaxLength(Lengths.RegionCode);
    }
}
