using Jixiao.Data;
using Jixiao.Data.Import;
using Jixiao.Documents;
using Jixiao.Documents.GoalTables;
using Jixiao.Web.Editing;
using Jixiao.Web.Queries;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Jixiao.Web.Api;

/// <summary>
/// Import one file sent as the request body (application/octet-stream or application/json; the file name's
/// extension picks the format). Plain-text and form bodies are refused: those a foreign site could post with the
/// user's cookie, the two accepted types it cannot without the browser asking first.
/// </summary>
public static class ImportApi
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/", ImportAsync).WithSummary("导入一个文件（公开文本 .txt、Word、Excel、网页或 JSON），请求体为文件内容；layout 为已保存的版式方案名称").DisableAntiforgery();

    public static async Task<Results<Ok<ImportOutcome>, ProblemHttpResult, ForbidHttpResult>> ImportAsync(
        JixiaoDbContext db, DocumentStore store, HttpContext http, [FromQuery] string fileName, int? year, string? region, string? layout, CancellationToken ct)
    {
        var contentType = http.Request.ContentType ?? string.Empty;
        if (!contentType.StartsWith("application/octet-stream", StringComparison.OrdinalIgnoreCase) && !contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.Problem(detail: "请以 application/octet-stream 或 application/json 发送文件内容。", statusCode: StatusCodes.Status415UnsupportedMediaType, title: "不支持的内容类型");
        }

        var user = await UserAccess.LoadAsync(db, http.User, ct);
        if (!user.Access.CanImport)
        {
            return TypedResults.Forbid();
        }

        var options = new ReadOptions { FileName = fileName, FiscalYear = year, RegionCode = region };
        if (!string.IsNullOrWhiteSpace(layout))
        {
            if (await LayoutProfileStore.FindAsync(db, region?.Trim() ?? string.Empty, layout.Trim(), ct) is not { } saved)
            {
                return TypedResults.Problem(detail: $"区划 {region} 没有名为“{layout}”的版式方案。请在导入页面保存版式方案，或去掉 layout 参数。",
                    statusCode: StatusCodes.Status400BadRequest, title: "版式方案不存在");
            }

            options = options with
            {
                LayoutName = saved.Name,
                ColumnOverrides = LayoutProfileStore.ColumnsOf(saved).Where(c => Enum.TryParse<GoalColumn>(c.Value, out _))
                    .ToDictionary(c => c.Key, c => Enum.Parse<GoalColumn>(c.Value), StringComparer.Ordinal),
            };
        }

        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, ct);
        var read = DocumentFiles.Read(buffer.ToArray(), Path.GetExtension(fileName), options);
        if (read.HasErrors)
        {
            return TypedResults.Problem(detail: string.Join("\n", read.Errors.Select(e => e.ToString())), statusCode: StatusCodes.Status400BadRequest, title: "文件有错误，未导入",
                extensions: new Dictionary<string, object?> { ["mapping"] = MappingReportText.Format(read.Mapping) });
        }

        if (ImportRights.Check(user, read.Document) is { } denied)
        {
            return TypedResults.Problem(detail: denied, statusCode: StatusCodes.Status403Forbidden, title: "无权导入");
        }

        // An ImportException (document locked, duplicate codes …) goes to the one exception handler, which names the file,
        // table and cell and says what to do.
        var result = await store.ImportAsync(read.Document, AuditRequests.For(user, fileName, http), ct);

        return TypedResults.Ok(new ImportOutcome(result.DocumentId, result.DocumentCreated, result.Added, result.Changed, result.Unchanged, result.Removed,
            result.Projects, [.. read.Problems.Select(p => p.ToString())], read.Mapping));
    }
}
