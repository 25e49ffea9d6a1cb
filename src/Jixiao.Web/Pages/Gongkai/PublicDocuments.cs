using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Data.Queries;
using Jixiao.Domain.Goals;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages.Gongkai;

/// <summary>What the public site may show: documents in state 已公开 only — never drafts, documents under review or
/// amendment, or comments.</summary>
public static class PublicDocuments
{
    public static IQueryable<DepartmentDocument> Published(JixiaoDbContext db) =>
        db.Documents.AsNoTracking().Where(d => d.Workflow != null && d.Workflow.Status == WorkflowStatus.Published);

    public static async Task<(DepartmentDocument Entity, PerformanceDocument Document)?> GetAsync(JixiaoDbContext db, int id, CancellationToken ct)
    {
        var entity = await Published(db).SingleOrDefaultAsync(d => d.Id == id, ct);
        if (entity is null)
        {
            return null;
        }

        var document = await DocumentQueries.GetAsync(db, id, ct);
        return document is null ? null : (entity, document);
    }
}
