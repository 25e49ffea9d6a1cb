using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Jixiao.Web.Http;

/// <summary>
/// The API signs in with the same cookie as the pages, so a foreign page could make the user's browser send a write
/// (the endpoints take no anti-forgery token). Every API request that changes something (POST, PUT, PATCH, DELETE)
/// is refused with 403 when its <c>Origin</c> is another site, and when it could have been sent by a foreign page
/// without the browser asking first: no body or a form or text body (the types a plain HTML form can send) without the
/// <c>X-Requested-With</c> header (any value) or the anti-forgery header. JSON and file bodies (application/json,
/// application/octet-stream) and the custom headers need the browser's permission (CORS), which this site never grants.
/// </summary>
public static class CrossSiteGuard
{
    public const string RequestedWith = "X-Requested-With";

    public static IApplicationBuilder UseApiCrossSiteGuard(this IApplicationBuilder app) =>
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api") && IsUnsafe(c.Request.Method), b => b.Use(async (context, next) =>
        {
            if (Refusal(context.Request) is { } detail)
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails = new ProblemDetails { Status = StatusCodes.Status403Forbidden, Title = "跨站请求被拒绝", Detail = detail },
                }).ConfigureAwait(false);
                return;
            }

            await next(context).ConfigureAwait(false);
        }));

    /// <summary>Null when the request may go on, else what the client should do.</summary>
    public static string? Refusal(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0 && !string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase))
        {
            return $"请求来自其他网站（{origin}），未执行。请在本系统的页面中操作，或从脚本直接调用接口（不要经由其他网站的页面）。";
        }

        var simple = request.ContentType is not { Length: > 0 } type
            || MediaTypeHeaderValue.TryParse(type, out var media) && media.MediaType.Value is { } value
                && (value.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase)
                    || value.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
                    || value.Equals("text/plain", StringComparison.OrdinalIgnoreCase));
        if (simple && !request.Headers.ContainsKey(RequestedWith) && !request.Headers.ContainsKey("RequestVerificationToken"))
        {
            return $"修改数据的接口请求须带请求头 {RequestedWith}（任意值，例如 XMLHttpRequest），或以 application/json 发送请求正文。请加上该请求头后重试。";
        }

        return null;
    }

    public static bool IsUnsafe(string method) =>
        !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method) && !HttpMethods.IsOptions(method) && !HttpMethods.IsTrace(method);
}
