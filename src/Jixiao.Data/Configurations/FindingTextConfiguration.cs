using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jixiao.Data.Configurations;

internal sealed class FindingTextConfiguration : IEntityTypeConfiguration<FindingText>
{
    public void Configure(EntityTypeBuilder<FindingText> builder)
    {
        builder.HasKey(t => t.Id);
        // A review looks its texts up by advice. A hash index on PostgreSQL: equality is all it serves, and a B-tree
        // entry is limited to about 2.7 kB, which a long advice text must not be able to break.
        builder.HasIndex(t => t.Fix).HasMethod("hash");
    }
}
