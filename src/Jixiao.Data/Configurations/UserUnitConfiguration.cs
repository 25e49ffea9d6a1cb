using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jixiao.Data.Configurations;

internal sealed class UserUnitConfiguration : IEntityTypeConfiguration<UserUnit>
{
    public void Configure(EntityTypeBuilder<UserUnit> builder)
    {
        builder.ToTable("UserUnits");
        builder.HasKey(u => new { u.UserId, u.UnitId });
        // Which users fill in for a unit (the unit's page, a unit merged away): by unit.
        builder.HasIndex(u => u.UnitId);
        builder.HasOne<JixiaoUser>().WithMany(u => u.Units).HasForeignKey(u => u.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(u => u.Unit).WithMany().HasForeignKey(u => u.UnitId).OnDelete(DeleteBehavior.Cascade);
    }
}
