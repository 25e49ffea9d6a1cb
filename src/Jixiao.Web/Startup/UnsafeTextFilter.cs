using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Jixiao.Web.Startup;

/// <summary>
/// A form whose text holds characters no field may hold (noted by <see cref="UnsafeTextBinderProvider"/>) is answered
/// 400 before its handler runs, naming the field, so nothing is written — whatever the page does with its validation.
/// </summary>
public sealed class UnsafeTextFilter : IAsyncPageFilter
{
    private const string Key = "Jixiao.UnsafeText";

    public static void Note(HttpContext http, string message)
    {
        if (!http.Items.ContainsKey(Key))
        {
            http.Items[Key] = message;
        }
    }

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.HttpContext.Items[Key] is string message)
        {
            context.Result = new ContentResult
            {
                StatusCode = StatusCodes.Status400BadRequest,
                ContentType = "text/plain; charset=utf-8",
                Content = message + "\n请返回上一页修改后重新提交。",
            };
            return Task.CompletedTask;
        }

        return next();
    }
}
