using Microsoft.AspNetCore.Mvc.Filters;

namespace Jixiao.Web.Features.Gongkai;

/// <summary>
/// Copies a freshly rendered public page into its file while it is sent (<see cref="PublishedPageFiles"/>): the page's
/// handler names the file in <see cref="HttpContext.Items"/> when it renders instead of serving the file. Only a complete
/// 200 answer that sets no cookie becomes the file; anything else is thrown away.
/// </summary>
public sealed class PublishedPageCapture(PublishedPageFiles files) : IAsyncResultFilter
{
    /// <summary>The key under which the handler leaves the <see cref="Target"/> of the page it renders.</summary>
    public static readonly object ItemKey = new();

    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        if (!http.Items.TryGetValue(ItemKey, out var item) || item is not Target target)
        {
            await next();
            return;
        }

        var response = http.Response;
        var original = response.Body;
        var capture = PublishedPageFiles.BeginCapture(target.Path);
        var temporary = capture.Name;
        var complete = false;
        try
        {
            await using (capture)
            {
                response.Body = new TeeStream(original, capture);
                var executed = await next();
                await response.Body.FlushAsync(http.RequestAborted);
                complete = executed.Exception is null && response.StatusCode == StatusCodes.Status200OK && response.Headers.SetCookie.Count == 0;
            }

            if (complete)
            {
                files.Complete(temporary, target.Path, target.DocumentId, target.View);
            }
        }
        finally
        {
            response.Body = original;
            if (!complete)
            {
                PublishedPageFiles.Abandon(temporary);
            }
        }
    }

    /// <summary>The file a page is rendered into.</summary>
    public sealed record Target(string Path, int DocumentId, string View);
}
