using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Jixiao.Web.Startup;

/// <summary>
/// A form posted to a page with a handler name the page does not have (a stale bookmark, an edited form, a missing
/// <c>?handler=</c>), or posted to a page that only reads (a project page, a unit page), is answered 400 with the Chinese
/// "请求无效" page. Without this Razor Pages renders the page with no handler run, and a page whose view needs what its
/// GET handler loads failed with a server error.
/// </summary>
public sealed class UnknownHandlerFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var method = context.HttpContext.Request.Method;
        // Pages without any handler (Error, Status: re-executed for failed posts too) render for every method.
        if (context.HandlerMethod is null && !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method)
            && context.ActionDescriptor.HandlerMethods.Count > 0)
        {
            context.Result = new BadRequestResult();
            return Task.CompletedTask;
        }

        return next();
    }
}
