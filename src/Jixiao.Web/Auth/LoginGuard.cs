using Microsoft.Extensions.Caching.Memory;

namespace Jixiao.Web.Auth;

/// <summary>
/// Failed sign-ins per user name, known or not, in the last 15 minutes. After <see cref="MaxFailures"/> a name is
/// refused with the lockout message without checking the password — the same answer for an existing account (which
/// Identity also locks) and for a name that does not exist, so the message does not tell which names exist. Only the
/// first failure of a run and every <see cref="MaxFailures"/>th are written to the audit trail (with the count), so a
/// flood of guesses is a few rows, not thousands. Kept in memory: a restart forgets the counts, Identity's lockout of
/// existing accounts stays in the database. Its own bounded cache, so a flood of invented names cannot grow it
/// without limit (when full, new names are not counted; the per-address rate limit still holds).
/// </summary>
public sealed class LoginGuard : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 100_000 });

    public const int MaxFailures = 5;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    public bool IsBlocked(string userName) => Failures(userName) >= MaxFailures;

    /// <summary>Counts a failure and returns how many there were in the window, this one included.</summary>
    public int RecordFailure(string userName)
    {
        var count = Failures(userName) + 1;
        _cache.Set(Key(userName), count, new MemoryCacheEntryOptions { SlidingExpiration = Window, Size = 1 });
        return count;
    }

    public void Reset(string userName) => _cache.Remove(Key(userName));

    public void Dispose() => _cache.Dispose();

    /// <summary>Whether failure number <paramref name="count"/> of a run is written to the audit trail.</summary>
    public static bool IsAudited(int count) => count == 1 || count % MaxFailures == 0;

    private int Failures(string userName) => _cache.TryGetValue(Key(userName), out int count) ? count : 0;

    private static string Key(string userName) => "login-failures:" + userName.ToUpperInvariant();
}
