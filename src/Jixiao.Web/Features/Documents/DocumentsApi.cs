using System.Text;
using Jixiao.Application.Documents;
using Jixiao.Application.Users;
using Jixiao.Data;
using Jixiao.Documents.Excel;
using Jixiao.Documents.Json;
using Jixiao.Documents.PublishedText;
using Jixiao.Documents.Word;
using Jixiao.Domain;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jixiao.Web.Features.Documents;

/// <summary>Department documents: list of a region's year, one document as the JSON form, downloads.</summary>
public static class DocumentsApi
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", ListAsync).WithSummary("某区划某年度的部门预算绩效文本列表");
        group.MapGet("/{id:int}", GetAsync).WithSummary("一份文档（jixiao.document/1 JSON 格式）");
        group.MapGet("/{id:int}/export", ExportAsync).WithName("ExportDocument").WithSummary("下载文档：format=text（公开文本）、json、docx（Word）或 xlsx（Excel 官方表样）");
    }

    public static async Task<Results<Ok<List<DocumentSummary>>, NotFound>> ListAsync(CurrentUser currentUser, JixiaoDbContext db, HttpContext http, string? region, int? year, CancellationToken ct)
    {
        var user = await currentUser.GetAsync(ct);
        var scope = await ScopeQueries.ResolveAsync(db, user.Access, region, year, ct);
        if (scope is null)
        {
            return TypedResults.NotFound();
        }

        var list = (await DocumentQueries.ListAsync(db, scope, user, ct)).Select(x => new DocumentSummary(x.Document.Id, x.Document.RegionCode,
            x.Document.FiscalYear, x.Document.DepartmentCode, x.Document.DepartmentName, x.ProjectCount, x.Budget.ToWanYuanString(), x.Grade?.ToChinese(), x.Score)).ToList();
        return TypedResults.Ok(list);
    }

    public static async Task<Results<ContentHttpResult, NotFound, ForbidHttpResult>> GetAsync(CurrentUser currentUser, JixiaoDbContext db, HttpContext http, int id, CancellationToken ct)
    {
        var visible = await VisibleDocument.LoadAsync(db, await currentUser.GetAsync(ct), id, ct);
        if (visible is null)
        {
            return TypedResults.NotFound();
        }

        return visible.IsForbidden ? TypedResults.Forbid() : TypedResults.Text(DocumentJson.Write(visible.Document), "application/json", Encoding.UTF8);
    }

    public static async Task<Results<FileContentHttpResult, NotFound, ForbidHttpResult, ProblemHttpResult>> ExportAsync(
        CurrentUser currentUser, JixiaoDbContext db, WordExportCache word, HttpContext http, int id, string? format, CancellationToken ct)
    {
        var visible = await VisibleDocument.LoadAsync(db, await currentUser.GetAsync(ct), id, ct);
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
            "docx" or "word" => TypedResults.File(await word.GetAsync(visible.Document, ct), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", visible.FileName(".docx")),
            "xlsx" or "excel" => TypedResults.File(ExcelTablesWriter.Write(visible.Document), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", visible.FileName(".xlsx")),
            _ => TypedResults.Problem(detail: $"不支持的导出格式“{format}”。可用：text、json、docx、xlsx。", statusCode: StatusCodes.Status400BadRequest, title: "请求无效"),
        };
    }
}
