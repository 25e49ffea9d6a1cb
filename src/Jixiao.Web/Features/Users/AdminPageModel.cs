using Jixiao.Application.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Features.Users;

/// <summary>Pages only a 管理员 may open: anyone else gets 403 (the Chinese status page), on every handler.</summary>
public abstract class AdminPageModel : PageModel
{
    public override Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (!new Access(User).IsAdmin)
        {
            context.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
            return Task.CompletedTask;
        }

        return next();
    }
}
