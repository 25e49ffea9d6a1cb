using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jixiao.Data.Configurations;

internal sealed class ReviewRunConfiguration : IEntityTypeConfiguration<ReviewRun>
{
    public void Configure(EntityTypeBuilder<ReviewRun> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Profile).HasMaxLength(Lengths.Enum);
        builder.Property(r => r.Score).HasPrecision(Precision.Score, Precision.ScoreScale);
        builder.Property(r => r.Grade).HasConversion<string>().HasMaxLength(Lengths.Enum);
        builder.Property(r => r.RunBy).HasMaxLength(Lengths.User);
        builder.HasIndex(r => new { r.DocumentId, r.RunAt });
        builder.Property(r => r.FindingsDigest).HasMaxLength(32);
        // The latest findings of a document: the greatest findings run of its runs, read from this index alone.
        builder.HasIndex(r => new { r.DocumentId, r.FindingsRunId });
        builder.HasOne(r => r.Document).WithMany().HasForeignKey(r => r.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Findings).WithOne().HasForeignKey(f => f.ReviewRunId).OnDelete(DeleteBehavior.Cascade);
    }
}
