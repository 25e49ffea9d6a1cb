using Jixiao.Data.Import;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Jixiao.Web.Api;

/// <summary>The one exception handler of the API: every error becomes ProblemDetails with a Chinese title. Page
/// requests fall through to the Chinese error page.</summary>
public sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problems, ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!httpContext.Request.Path.StartsWithSegments("/api"))
        {
            return false;
        }

        var (status, title, detail) = exception switch
        {
            ImportException { IsLocked: true } e => (StatusCodes.Status403Forbidden, "文档已锁定（审核流程中）", e.Message),
            ImportException e => (StatusCodes.Status400BadRequest, "无法导入", e.Message),
            BadHttpRequestException e => (e.StatusCode, "请求无效", "请求的格式或内容不正确。"),
            _ => (StatusCodes.Status500InternalServerError, "服务器内部错误", "处理请求时出错，请稍后重试或联系管理员。"),
        };
        if (status >= 500)
        {
            logger.LogError(exception, "API 请求出错：{Path}", httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        }).ConfigureAwait(false);
    }
}
