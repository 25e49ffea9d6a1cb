using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Documents.Json;
using Jixiao.Domain.Goals;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Features.Gongkai;

/// <summary>What the public site may show: the snapshot taken when a document was published — never a draft, a
/// document under review, an amendment in progress (the last published version stays public until the amended one is
/// published) or a comment.</summary>
public static class PublicDocuments
{
    public static IQueryable<DepartmentDocument> Published(JixiaoDbContext db) =>
        db.Documents.AsNoTracking().Where(d => d.Workflow != null && d.Workflow.PublishedDocument != null);

    public static async Task<(DepartmentDocument Entity, PerformanceDocument Document)?> GetAsync(JixiaoDbContext db, int id, CancellationToken ct)
    {
        var entity = await Published(db).Include(d => d.Workflow).SingleOrDefaultAsync(d => d.Id == id, ct);
        if (entity?.Workflow?.PublishedDocument is not { } json)
        {
            return null;
        }

        var read = DocumentJson.Read(json);
        return read.HasErrors ? null : (entity, read.Document);
    }
}
