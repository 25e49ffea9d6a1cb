using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jixiao.Data.Configurations;

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Code).HasMaxLength(Lengths.Code);
        // A code is unique within a year; projects without a code (empty) are told apart by name within their document.
        builder.HasIndex(p => new { p.FiscalYear, p.Code }).IsUnique().HasFilter("\"Code\" <> ''");
        // Optimistic concurrency: a save that started from another version changes no row and is refused.
        builder.Property(p => p.CurrentVersion).IsConcurrencyToken();
        builder.HasIndex(p => p.UnitId);
        builder.HasIndex(p => p.DocumentId);
        builder.HasOne(p => p.Unit).WithMany(u => u.Projects).HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Document).WithMany(d => d.Projects).HasForeignKey(p => p.DocumentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Versions).WithOne(v => v.Project).HasForeignKey(v => v.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}
