using Jixiao.Application.Users;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain.Goals;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Application.Documents;

/// <summary>A stored document as the user may see it: a unit editor gets only its own units' project tables.</summary>
public sealed record VisibleDocument(DepartmentDocument Entity, PerformanceDocument Document)
{
    /// <summary>Null when there is no such document; <see cref="Forbidden"/> when the user may not read it.</summary>
    public static async Task<VisibleDocument?> LoadAsync(JixiaoDbContext db, UserAccess user, int id, CancellationToken ct = default)
    {
        var entity = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, ct).ConfigureAwait(false);
        if (entity is null)
        {
            return null;
        }

        if (!user.Can(Operation.Read, Resource.Of(entity)))
        {
            return Forbidden;
        }

        var document = await DocumentQueries.GetAsync(db, entity.Id, ct).ConfigureAwait(false);
        if (document is null)
        {
            return null;
        }

        if (user.Access.IsUnitEditor)
        {
            document = document with { Projects = [.. document.Projects.Where(p => user.OwnsUnit(entity.RegionCode, p.UnitCode))] };
        }

        return new VisibleDocument(entity, document);
    }

    /// <summary>Marks a document that exists but is not the user's to read.</summary>
    public static VisibleDocument Forbidden { get; } = new(new DepartmentDocument(), new PerformanceDocument());

    public bool IsForbidden => ReferenceEquals(this, Forbidden);

    /// <summary>File name for a download: 部门名称-年度.txt.</summary>
    public string FileName(string extension) => $"{Entity.DepartmentCode}-{Entity.DepartmentName}-{Entity.FiscalYear}{extension}";
}
