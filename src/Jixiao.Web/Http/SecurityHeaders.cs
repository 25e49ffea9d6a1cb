namespace Jixiao.Web.Http;

/// <summary>
/// The headers every response carries — pages, API, files, error pages, static files: a Content-Security-Policy that
/// allows script only from the site's own files (the pages have no inline script or event handlers: wwwroot/js/site.js),
/// no framing (also as X-Frame-Options for old browsers), no MIME sniffing and no full URL in the Referer sent
/// elsewhere. Set when the response starts, so a header another component set earlier (antiforgery's SAMEORIGIN) is
/// replaced by the same value on every response.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>Inline style stays allowed: htmx inserts its indicator style, and style cannot run code.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            return next(context);
        });
}
