using Jixiao.Application.Execution;
using Jixiao.Application.Users;
using Jixiao.Documents.Payments;
using Jixiao.Web.Auth;
using Jixiao.Web.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Jixiao.Web.Features.Payments;

/// <summary>Payment import: records from a CSV or Excel export of the payment system, matched to projects, checked
/// against the user's rights and stored like the 导入支付记录 page (<see cref="PaymentImport"/>).</summary>
public static class PaymentsApi
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/payments", ImportPaymentsAsync).WithTags("执行监控与自评")
            .WithSummary("导入支付记录（CSV 或 .xlsx，请求体为文件内容）；重复导入不重复计入").DisableAntiforgery().RequireAuthorization(Policies.Import);

    /// <summary>Plain-text and form bodies are refused for the same reason as in <see cref="Import.ImportApi"/>.</summary>
    public static async Task<Results<Ok<PaymentImportOutcome>, ProblemHttpResult, ForbidHttpResult>> ImportPaymentsAsync(
        CurrentUser currentUser, PaymentImport import, HttpContext http, [FromQuery] string fileName, CancellationToken ct)
    {
        var contentType = http.Request.ContentType ?? string.Empty;
        if (!contentType.StartsWith("application/octet-stream", StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.Problem(detail: "请以 application/octet-stream 发送文件内容。", statusCode: StatusCodes.Status415UnsupportedMediaType, title: "不支持的内容类型");
        }

        var user = await currentUser.GetAsync(ct);

        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, ct);
        var read = PaymentFiles.Read(buffer.ToArray(), fileName);
        if (read.HasErrors)
        {
            return TypedResults.Problem(detail: string.Join("\n", read.Errors.Select(e => e.ToString())), statusCode: StatusCodes.Status400BadRequest, title: "文件有错误，未导入");
        }

        var lines = await import.PreviewAsync(read.Value!, user, ct);
        if (lines.Any(l => l.IsError))
        {
            return TypedResults.Problem(detail: string.Join("\n", lines.Where(l => l.IsError).Select(l => l.Problem)), statusCode: StatusCodes.Status400BadRequest, title: "支付记录有错误，未导入");
        }

        var result = await import.ImportAsync(lines, fileName, AuditRequests.ActorOf(http), ct);
        return TypedResults.Ok(new PaymentImportOutcome(lines.Count, result.Added, result.Duplicates,
            [.. read.Problems.Select(p => p.ToString())]));
    }
}
