using System.Threading.RateLimiting;

namespace Jixiao.Web.Auth;

/// <summary>
/// The limits of the login form: at most <see cref="PostsPerMinute"/> sign-in posts a minute from one address (the
/// ASP.NET Core rate limiter; more are answered 429 with the Chinese "尝试过于频繁" page, before any password is
/// hashed or any audit row written), and the longest user name and password the form accepts.
/// </summary>
public static class LoginRateLimit
{
    public const int PostsPerMinute = 30;

    public const int MaxUserNameLength = Jixiao.Domain.Text.FieldLimits.UserName;

    public const int MaxPasswordLength = 128;

    public static readonly PathString LoginPath = "/Account/Login";

    public static void AddLoginRateLimit(this IServiceCollection services) =>
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                HttpMethods.IsPost(context.Request.Method) && context.Request.Path.Equals(LoginPath, StringComparison.OrdinalIgnoreCase)
                    // Partitions are cached by key: the unlimited one must not share a key with an address.
                    ? RateLimitPartition.GetFixedWindowLimiter("login " + context.Connection.RemoteIpAddress,
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = PostsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter("unlimited"));
        });
}
