using Jixiao.Data;

namespace Jixiao.Application.Users;

/// <summary>
/// The acting user's rights for one request or command: the roles from the sign-in (<see cref="Access"/>, no query)
/// and, once asked, its units read once (<see cref="GetAsync"/>); every "may read or edit this unit, document or
/// project" is then answered by <see cref="UserAccess"/>. Pages, API endpoints and exports ask here, in one way —
/// the one seam the access policy is kept behind.
/// </summary>
public sealed class CurrentUser(JixiaoDbContext db, ICurrentPrincipal principal)
{
    private UserAccess? _loaded;

    /// <summary>The roles and region of the signed-in user, from its claims.</summary>
    public Access Access => _loaded?.Access ?? new Access(principal.Principal);

    /// <summary>The user with its units (read on the first call of the request, then kept).</summary>
    public async ValueTask<UserAccess> GetAsync(CancellationToken ct = default) =>
        _loaded ??= await UserAccess.LoadAsync(db, principal.Principal, ct).ConfigureAwait(false);
}
