using Jixiao.Web.Http;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace Jixiao.Web.Startup;

/// <summary>
/// The largest request body the app reads (configuration <c>Jixiao:MaxUploadBytes</c>, default Kestrel's 30 MB). A
/// request that says it is larger is answered 413 before anything reads it — as the Chinese "文件过大" page or as
/// ProblemDetails — instead of failing later inside form binding (where it became an empty 400) or a handler.
/// </summary>
public sealed class UploadLimit(long bytes)
{
    public const string Setting = "Jixiao:MaxUploadBytes";

    public long Bytes { get; } = bytes;

    public string Message => RequestSize.TooLarge(Bytes);

    public static UploadLimit From(IConfiguration configuration) => new(configuration.GetValue<long?>(Setting) ?? RequestSize.DefaultLimit);

    /// <summary>Refuses a declared oversize body at once and caps an undeclared (chunked) one at the same limit.</summary>
    public async Task GuardAsync(HttpContext context, Func<Task> next)
    {
        // The error page re-executed for this same request must not be refused again (it would come out empty).
        if (context.Request.ContentLength > Bytes && context.Features.Get<IStatusCodeReExecuteFeature>() is null)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = Bytes;
        }

        await next().ConfigureAwait(false);
    }
}
