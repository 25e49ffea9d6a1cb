using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jixiao.Data.Configurations;

internal sealed class JixiaoUserConfiguration : IEntityTypeConfiguration<JixiaoUser>
{
    public void Configure(EntityTypeBuilder<JixiaoUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(Lengths.Name);
        builder.Property(u => u.RegionCode).HasMaxLength(Lengths.RegionCode);
    }
}
