using System.Text;
using Jixiao.Data;
using Jixiao.Documents.Excel;
using Jixiao.Documents.Json;
using Jixiao.Documents.PublishedText;
using Jixiao.Documents.Word;
using Jixiao.Domain;
using Jixiao.Domain.Goals;
using Jixiao.Web.Queries;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Api;

/// <summary>Department documents: list of a region's year, one document as the JSON form, downloads.</summary>
public static class DocumentsApi
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", ListAsync).WithSummary("某区划某年度的部门预算绩效文本列表");
        group.MapGet("/{id:int}", GetAsync).WithSummary("一份文档（jixiao.document/1 JSON 格式）");
        group.MapGet("/{id:int}/export", ExportAsync).WithName("ExportDocument").WithSummary("下载文档：format=text（公开文本）、json、docx（Word）或 xlsx（Excel 官方表样）");
    }

    public static async Task<Results<Ok<List<DocumentSummary>>, NotFound>> ListAsync(JixiaoDbContext db, HttpContext http, string? region, int? year, CancellationToken ct)
    {
        var user = await UserAccess.LoadAsync(db, http.User, ct);
        var scope = await ScopeQueries.ResolveAsync(db, user.Access, region, year, ct);
        if (scope is null)
        {
            return TypedResults.NotFound();
        }

        var documents = await db.Documents.AsNoTracking().Where(d => d.RegionCode == scope.RegionCode && d.FiscalYear == scope.Year)
            .OrderBy(d => d.DepartmentCode).ToListAsync(ct);
        var runs = await ReviewQueries.LatestRuns(db).Where(r => r.Document!.RegionCode == scope.RegionCode && r.Document.FiscalYear == scope.Year)
            .ToDictionaryAsync(r => r.DocumentId, ct);
        var totals = await db.ProjectVersions.AsNoTracking()
            .Where(v => v.Project!.Document!.RegionCode == scope.RegionCode && v.Project.FiscalYear == scope.Year && v.Project.RemovedAt == null && v.Number == v.Project.CurrentVersion)
            .GroupBy(v => v.Project!.DocumentId)
            .Select(g => new { DocumentId = g.Key, Count = g.Count(), Fen = g.Sum(v => v.BudgetFen) })
            .ToDictionaryAsync(x => x.DocumentId, ct);
        var list = documents.Where(user.CanReadDocument).Select(d =>
        {
            var total = totals.GetValueOrDefault(d.Id);
            var run = runs.GetValueOrDefault(d.Id);
            return new DocumentSummary(d.Id, d.RegionCode, d.FiscalYear, d.DepartmentCode, d.DepartmentName, total?.Count ?? 0,
                new Money(total?.Fen ?? 0).ToWanYuanString(), run?.Grade.ToChinese(), run?.Score);
        }).ToList();
        return TypedResults.Ok(list);
    }

    public static async Task<Results<ContentHttpResult, NotFound, ForbidHttpResult>> GetAsync(JixiaoDbContext db, HttpContext http, int id, CancellationToken ct)
    {
        var visible = await VisibleDocument.LoadAsync(db, await UserAccess.LoadAsync(db, http.User, ct), id, ct);
        if (visible is null)
        {
            return TypedResults.NotFound();
        }

        return visible.IsForbidden ? TypedResults.Forbid() : TypedResults.Text(DocumentJson.Write(visible.Document), "application/json", Encoding.UTF8);
    }

    public static async Task<Results<FileContentHttpResult, NotFound, ForbidHttpResult, ProblemHttpResult>> ExportAsync(
        JixiaoDbContext db, HttpContext http, int id, string? format, CancellationToken ct)
    {
        var visible = await VisibleDocument.LoadAsync(db, await UserAccess.LoadAsync(db, http.User, ct), id, ct);
        if (visible is null)
        {
            return TypedResults.NotFound();
        }

        if (visible.IsForbidden)
        {
            return TypedResults.Forbid();
        }

        return (format ?? "text").ToLowerInvariant() switch
        {
            "text" or "txt" => TypedResults.File(PublishedTextWriter.WriteUtf8(visible.Document), "text/plain; charset=utf-8", visible.FileName(".txt")),
            "json" => TypedResults.File(Encoding.UTF8.GetBytes(DocumentJson.Write(visible.Document)), "application/json", visible.FileName(".json")),
            "docx" or "word" => TypedResults.File(WordWriter.WriteWithPageNumbers(visible.Document), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", visible.FileName(".docx")),
            "xlsx" or "excel" => TypedResults.File(ExcelTablesWriter.Write(visible.Document), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", visible.FileName(".xlsx")),
            _ => TypedResults.Problem(detail: $"不支持的导出格式“{format}”。可用：text、json、docx、xlsx。", statusCode: StatusCodes.Status400BadRequest, title: "请求无效"),
        };
    }
}
