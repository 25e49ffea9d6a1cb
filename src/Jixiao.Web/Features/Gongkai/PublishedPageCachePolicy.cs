using System.Globalization;
using Jixiao.Data;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Features.Gongkai;

/// <summary>
/// A published document's public page is the same for every reader until the document is published again or
/// withdrawn, and rendering its hundreds of tables makes it the dearest page of the site. The rendered page is kept
/// (output cache) under the document, the view (screen or print) and the moment it was published — read from the
/// database on every request — so a new publication or a withdrawal, made on any server, is never answered from an
/// older page. Only the page itself is kept (not the Word handler), and never a response that sets a cookie.
/// </summary>
public sealed class PublishedPageCachePolicy : IOutputCachePolicy
{
    public const string Name = "PublishedPage";

    /// <summary>How long an unread page stays; the cache's own size limit bounds the memory.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        if (!HttpMethods.IsGet(http.Request.Method) || http.Request.Query.ContainsKey("handler")
            || !int.TryParse(Convert.ToString(http.Request.RouteValues["id"], CultureInfo.InvariantCulture), out var id))
        {
            return;
        }

        var db = http.RequestServices.GetRequiredService<JixiaoDbContext>();
        var publishedAt = await db.WorkflowStates.AsNoTracking().Where(w => w.DocumentId == id)
            .Select(w => w.PublishedAt).FirstOrDefaultAsync(cancellation).ConfigureAwait(false);
        if (publishedAt is null)
        {
            return; // not public: the page answers 404 itself
        }

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = Lifetime;
        context.CacheVaryByRules.RouteValueNames = new(["id", "mode"]);
        context.CacheVaryByRules.VaryByValues["published"] = publishedAt.Value.Ticks.ToString(CultureInfo.InvariantCulture);
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
