using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jixiao.Data.Configurations;

internal sealed class ProjectVersionConfiguration : IEntityTypeConfiguration<ProjectVersion>
{
    public void Configure(EntityTypeBuilder<ProjectVersion> builder)
    {
        builder.HasKey(v => v.Id);
        builder.HasIndex(v => new { v.ProjectId, v.Number }).IsUnique();
        builder.Property(v => v.UnitCode).HasMaxLength(Lengths.Code);
        builder.Property(v => v.UnitName).HasMaxLength(Lengths.Name);
        builder.Property(v => v.MoneyUnit).HasMaxLength(Lengths.Enum);
        builder.Property(v => v.Name).HasMaxLength(Lengths.Name);
        builder.Property(v => v.CodeAsWritten).HasMaxLength(Lengths.Name);
        builder.Property(v => v.CreatedBy).HasMaxLength(Lengths.User);
        builder.Property(v => v.SourceFile).HasMaxLength(Lengths.FileName);
        builder.HasMany(v => v.Checkpoints).WithOne().HasForeignKey(c => c.VersionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(v => v.Goals).WithOne().HasForeignKey(g => g.VersionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(v => v.Indicators).WithOne().HasForeignKey(i => i.VersionId).OnDelete(DeleteBehavior.Cascade);
    }
}
