using Jixiao.Domain.Text;
using Microsoft.AspNetCore.Mvc;

namespace Jixiao.Web.Http;

/// <summary>
/// Every JSON body an API write receives is read once before its endpoint: a string holding a control character, a
/// bidirectional override or (in a name) a zero-width character, and nesting deeper than
/// <see cref="JsonTextScan.MaxDepth"/>, are answered 400 in Chinese naming the field's JSON path — the one rule for
/// API bodies (forms: <see cref="Startup.UnsafeTextBinderProvider"/>; imported files: the import's validation).
/// </summary>
public static class JsonBodyGuard
{
    public static IApplicationBuilder UseJsonBodyGuard(this IApplicationBuilder app) =>
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api") && CrossSiteGuard.IsUnsafe(c.Request.Method)
                         && (c.Request.ContentType ?? string.Empty).StartsWith("application/json", StringComparison.OrdinalIgnoreCase),
            b => b.Use(async (context, next) =>
            {
                context.Request.EnableBuffering();
                using var buffer = new MemoryStream();
                await context.Request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
                context.Request.Body.Position = 0;
                if (JsonTextScan.Scan(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)) is { } found)
                {
                    var detail = found.Character is { } c
                        ? UnsafeCharacters.Message(found.Path.Length > 0 ? found.Path : "请求正文", c)
                        : $"请求正文的 JSON 嵌套超过 {JsonTextScan.MaxDepth} 层（在 {found.Path} 处），未处理。请按接口文档的结构发送。";
                    context.Response.StatusCode = StatusCodes.Status400BadRequest;
                    await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                    {
                        HttpContext = context,
                        ProblemDetails = new ProblemDetails
                        {
                            Status = StatusCodes.Status400BadRequest,
                            Title = found.Character is null ? "请求正文嵌套过深" : "请求正文含有不可见字符",
                            Detail = detail,
                            Extensions = { ["field"] = found.Path },
                        },
                    }).ConfigureAwait(false);
                    return;
                }

                await next(context).ConfigureAwait(false);
            }));
}
