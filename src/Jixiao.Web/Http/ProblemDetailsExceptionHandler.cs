using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Jixiao.Web.Http;

/// <summary>The one exception handler of the API: every exception that escapes an endpoint becomes ProblemDetails
/// with a Chinese title and a detail that says what to do next (<see cref="ApiProblems"/>). Page requests fall
/// through to the Chinese error page.</summary>
public sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problems, ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // The middleware has already switched Request.Path to the error page; the feature keeps the original.
        var feature = httpContext.Features.Get<IExceptionHandlerPathFeature>();
        var path = feature?.Path is { Length: > 0 } original ? new PathString(original) : httpContext.Request.Path;
        if (!path.StartsWithSegments("/api"))
        {
            return false;
        }

        var problem = ApiProblems.For(exception, feature?.Endpoint);
        if (problem.Status >= 500)
        {
            logger.LogError(exception, "API 请求出错：{Path}", path);
        }

        var details = new ProblemDetails { Status = problem.Status, Title = problem.Title, Detail = problem.Detail };
        foreach (var (key, value) in problem.Extensions)
        {
            details.Extensions[key] = value;
        }

        httpContext.Response.StatusCode = problem.Status;
        var context = new ProblemDetailsContext { HttpContext = httpContext, Exception = exception, ProblemDetails = details };
        if (!await problems.TryWriteAsync(context).ConfigureAwait(false))
        {
            // No writer accepts the client's Accept header (e.g. text/plain): an error must still say what happened.
            await httpContext.Response.WriteAsJsonAsync(details, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", cancellationToken).ConfigureAwait(false);
        }

        return true;
    }
}
