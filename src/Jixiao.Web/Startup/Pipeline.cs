using Jixiao.Web.Http;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Jixiao.Web.Startup;

/// <summary>The request pipeline: errors (ProblemDetails for the API, Chinese pages otherwise), auth, pages, API.</summary>
public static class Pipeline
{
    public static void UseJixiao(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/Error",
            // A client's mistake answered by the API's handler (bad parameter, import problem: 4xx) is not a server
            // error to log with a stack trace; the handler logs the 5xx itself.
            SuppressDiagnosticsCallback = c => c.ExceptionHandledBy == ExceptionHandledType.ExceptionHandlerService,
        });
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), b => b.UseStatusCodePages());
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api") && !c.Request.Path.StartsWithSegments("/health"),
            b => b.UseStatusCodePagesWithReExecute("/Status", "?code={0}"));
        var uploadLimit = app.Services.GetRequiredService<UploadLimit>();
        app.Use((context, next) => uploadLimit.GuardAsync(context, () => next(context)));
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapRazorPages();
        app.MapJixiaoApi();
        app.MapOpenApi().AllowAnonymous();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
    }
}
