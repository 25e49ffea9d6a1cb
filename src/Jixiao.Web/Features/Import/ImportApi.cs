using Jixiao.Application.Documents;
using Jixiao.Application.Users;
using Jixiao.Documents;
using Jixiao.Documents.GoalTables;
using Jixiao.Web.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Jixiao.Web.Features.Import;

/// <summary>
/// Import one file sent as the request body (application/octet-stream or application/json; the file name's
/// extension picks the format). Plain-text and form bodies are refused: those a foreign site could post with the
/// user's cookie, the two accepted types it cannot without the browser asking first.
/// </summary>
public static class ImportApi
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/", ImportAsync).WithSummary("导入一个文件（公开文本 .txt、Word、Excel、网页或 JSON），请求体为文件内容；layout 为已保存的版式方案名称；文件中没有的已有项目须加 allowRemoval=true 才会移除（否则 409）").DisableAntiforgery();

    public static async Task<Results<Ok<ImportOutcome>, ProblemHttpResult, ForbidHttpResult>> ImportAsync(
        CurrentUser currentUser, DocumentImport imports, ImportLayouts layouts, HttpContext http, [FromQuery] string fileName, int? year, string? region, string? layout, bool? allowRemoval,
        CancellationToken ct)
    {
        var contentType = http.Request.ContentType ?? string.Empty;
        if (!contentType.StartsWith("application/octet-stream", StringComparison.OrdinalIgnoreCase) && !contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.Problem(detail: "请以 application/octet-stream 或 application/json 发送文件内容。", statusCode: StatusCodes.Status415UnsupportedMediaType, title: "不支持的内容类型");
        }

        var user = await currentUser.GetAsync(ct);

        var options = new ReadOptions { FileName = fileName, FiscalYear = year, RegionCode = region };
        if (!string.IsNullOrWhiteSpace(layout))
        {
            if (await layouts.FindAsync(region ?? string.Empty, layout, ct) is not { } saved)
            {
                return TypedResults.Problem(detail: ImportMessages.NoLayout(region, layout), statusCode: StatusCodes.Status400BadRequest, title: "版式方案不存在");
            }

            options = ImportLayouts.Apply(options, saved);
        }

        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, ct);
        var read = DocumentFiles.Read(buffer.ToArray(), Path.GetExtension(fileName), options);
        // An ImportException (document locked, duplicate codes …) goes to the one exception handler, which names the file,
        // table and cell and says what to do.
        // Removing projects missing from the file, or emptying Part 1, needs the caller's explicit allowRemoval=true
        // (as the command line's --allow-removal); without it: 409 naming what would be removed, nothing written.
        var request = AuditRequests.For(user, fileName, http) with { AllowRemoval = allowRemoval == true, RemovalConsent = "allowRemoval=true 参数" };
        var imported = await imports.ImportAsync(read, user, request, ct);
        if (imported.IsUnreadable)
        {
            return TypedResults.Problem(detail: string.Join("\n", read.Errors.Select(e => e.ToString())), statusCode: StatusCodes.Status400BadRequest, title: "文件有错误，未导入",
                extensions: new Dictionary<string, object?> { ["mapping"] = MappingReportText.Format(read.Mapping) });
        }

        if (imported.Refusal is { } denied)
        {
            return TypedResults.Problem(detail: denied, statusCode: StatusCodes.Status403Forbidden, title: "无权导入");
        }

        var result = imported.Result!;

        return TypedResults.Ok(new ImportOutcome(result.DocumentId, result.DocumentCreated, result.Added, result.Changed, result.Unchanged, result.Removed,
            result.Projects, [.. read.Problems.Select(p => p.ToString())], read.Mapping) { Kept = result.Kept });
    }
}
