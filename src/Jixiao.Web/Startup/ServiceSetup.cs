using Jixiao.Application;
using Jixiao.Application.Review;
using Jixiao.Application.Users;
using Jixiao.Data;
using Jixiao.Data.Setup;
using Jixiao.Web.Auth;
using Jixiao.Web.Http;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace Jixiao.Web.Startup;

/// <summary>Everything the app registers: database, Identity with a Chinese login, pages, API, health checks.</summary>
public static class ServiceSetup
{
    public static void AddJixiao(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var connection = DatabaseConnection.Resolve(configured: builder.Configuration.GetConnectionString("Jixiao"));
        services.AddJixiaoApplication(connection, (builder.Configuration[KeyProtection.CertificateFile], builder.Configuration[KeyProtection.CertificatePassword]));
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentPrincipal, HttpCurrentPrincipal>();

        services.AddIdentity<JixiaoUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<JixiaoDbContext>()
            .AddErrorDescriber<ChineseIdentityErrors>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddClaimsPrincipalFactory<JixiaoClaimsFactory>()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.AccessDeniedPath = "/Account/AccessDenied";
            o.Cookie.Name = "jixiao.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.SlidingExpiration = true;
            o.Events.OnRedirectToLogin = ApiAuthEvents.StatusForApi(StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ApiAuthEvents.StatusForApi(StatusCodes.Status403Forbidden);
            o.Events.OnValidatePrincipal = SessionValidation.ValidatePrincipalAsync;
        });
        // Every route declares one of Policies' names (the route-table test checks it); the fallback only guards
        // against a route that slipped through. All of them end in AccessPolicy through the one handler.
        Policies.Add(services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build()));
        services.AddScoped<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, AccessPolicyHandler>();
        services.AddAntiforgery(o => o.HeaderName = "RequestVerificationToken");
        services.AddSingleton<LoginGuard>();
        services.AddLoginRateLimit();

        // Chinese text is written as characters, not &#x…; escapes (smaller pages, readable source).
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddRazorPages(o =>
        {
            // Pages live beside the API endpoints of their feature; the folder names keep the URLs they always had.
            o.RootDirectory = "/Features";
            o.Conventions.AuthorizeFolder("/", Policies.SignedIn);
            o.Conventions.AuthorizeFolder("/Import", Policies.Import);
            o.Conventions.AuthorizePage("/Payments/Import", Policies.Import);
            o.Conventions.AuthorizeFolder("/Audit", Policies.Administer);
            o.Conventions.AuthorizePage("/Users/Index", Policies.Administer);
            o.Conventions.AuthorizePage("/Users/Create", Policies.Administer);
            o.Conventions.AuthorizePage("/Users/Edit", Policies.Administer);
            o.Conventions.AuthorizePage("/Execution/Settings", Policies.Administer);
            o.Conventions.AllowAnonymousToFolder("/Account");
            o.Conventions.AllowAnonymousToPage("/Error");
            o.Conventions.AllowAnonymousToPage("/Status");
            o.Conventions.AllowAnonymousToFolder("/Gongkai");
        }).AddMvcOptions(o =>
        {
            o.ModelMetadataDetailsProviders.Add(new ChineseRequiredMessages());
            o.ModelBinderProviders.Insert(0, new UnsafeTextBinderProvider());
            o.Filters.Add<UnknownHandlerFilter>();
            o.Filters.Add<UnsafeTextFilter>();
        });
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ChineseProblemDetails.Apply);
        // A query value that does not parse (year=abc) reaches the exception handler, which names the parameter,
        // instead of an empty 400.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "绩效 Jixiao API";
            document.Info.Description = "预算绩效管理系统的数据接口：文档、项目、审核问题、导入。与网页使用同一登录 Cookie 与权限。";
            return Task.CompletedTask;
        }));
        services.AddHealthChecks().AddDbContextCheck<JixiaoDbContext>("database", tags: ["ready"]);
        services.AddSingleton(new Jixiao.Documents.Word.WordExportCache(
            Path.Combine(DataFolder(builder), "word"), TimeSpan.FromSeconds(builder.Configuration.GetValue("Jixiao:PrintTimeoutSeconds", 60))));
        services.AddSingleton(new Features.Review.ReviewSummaryCache(builder.Configuration.GetValue("Jixiao:ReviewSummaryCacheMegabytes", 64L) * 1024 * 1024));
        services.AddSingleton(new Features.Gongkai.PublishedPageFiles(Path.Combine(DataFolder(builder), "gongkai")));
        var uploadLimit = UploadLimit.From(builder.Configuration);
        services.AddSingleton(uploadLimit);
        services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o => o.MultipartBodyLengthLimit = uploadLimit.Bytes);
    }

    /// <summary>Where the app keeps files it makes (<c>Jixiao:DataFolder</c>, by default <c>data</c> beside the app,
    /// where the SQLite database lives too).</summary>
    public static string DataFolder(WebApplicationBuilder builder) =>
        Path.GetFullPath(builder.Configuration["Jixiao:DataFolder"] ?? "data", builder.Environment.ContentRootPath);
}
