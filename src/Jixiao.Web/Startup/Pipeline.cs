using Jixiao.Web.Auth;
using Jixiao.Web.Http;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Jixiao.Web.Startup;

/// <summary>The request pipeline: errors (ProblemDetails for the API, Chinese pages otherwise), auth, pages, API.</summary>
public static class Pipeline
{
    public static void UseJixiao(this WebApplication app)
    {
        app.UseSecurityHeaders();
        // Served over TLS: browsers are told to keep to HTTPS (HSTS is sent on HTTPS responses only, never for
        // localhost) and plain HTTP is redirected when the HTTPS port is known; a plain-HTTP-only server is unaffected.
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        if (app.Configuration["ASPNETCORE_HTTPS_PORT"] is { Length: > 0 } || app.Configuration["HTTPS_PORTS"] is { Length: > 0 }
            || app.Configuration["Kestrel:Endpoints:Https:Url"] is { Length: > 0 })
        {
            app.UseHttpsRedirection();
        }

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
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UsePasswordChangeGate();
        app.UseApiCrossSiteGuard();
        app.UseJsonBodyGuard();
        app.UseAntiforgery();

        app.MapRazorPages();
        app.MapJixiaoApi();
        app.MapOpenApi().AllowAnonymous();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
    }
}
