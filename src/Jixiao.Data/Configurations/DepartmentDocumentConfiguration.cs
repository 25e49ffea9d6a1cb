using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jixiao.Data.Configurations;

internal sealed class DepartmentDocumentConfiguration : IEntityTypeConfiguration<DepartmentDocument>
{
    public void Configure(EntityTypeBuilder<DepartmentDocument> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.RegionCode).HasMaxLength(Lengths.RegionCode);
        builder.Property(d => d.DepartmentCode).HasMaxLength(Lengths.Code);
        builder.Property(d => d.DepartmentName).HasMaxLength(Lengths.Name);
        builder.Property(d => d.Title).HasMaxLength(Lengths.FileName);
        builder.Property(d => d.MoneyUnit).HasMaxLength(Lengths.Enum);
        builder.Property(d => d.TaxonomyProfile).HasMaxLength(Lengths.Enum);
        builder.Property(d => d.FiscalYearSource).HasConversion<string>().HasMaxLength(Lengths.Enum);
        builder.Property(d => d.RegionSource).HasConversion<string>().HasMaxLength(Lengths.Enum);
        builder.Property(d => d.SourceFile).HasMaxLength(Lengths.FileName);
        builder.HasIndex(d => new { d.RegionCode, d.FiscalYear, d.DepartmentCode }).IsUnique();
        builder.HasOne<FiscalYear>().WithMany().HasForeignKey(d => new { d.RegionCode, d.FiscalYear }).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(d => d.SubGoals).WithOne().HasForeignKey(s => s.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Safeguards).WithOne().HasForeignKey(s => s.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(d => d.Workflow).WithOne().HasForeignKey<WorkflowState>(w => w.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}
