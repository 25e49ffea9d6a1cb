using Jixiao.Application.Users;
using Microsoft.AspNetCore.Authorization;

namespace Jixiao.Web.Auth;

/// <summary>
/// The policies routes declare. Every page and endpoint names one of these (or is in the short list of public routes);
/// the route-table test fails for a route that names none. What a route then does with a particular unit or document
/// is asked of the same <see cref="AccessPolicy"/> through <see cref="AccessChecks"/>.
/// </summary>
public static class Policies
{
    /// <summary>Any signed-in user; the page or endpoint checks the unit or document it reads (or lists only what
    /// the user may read).</summary>
    public const string SignedIn = "SignedIn";

    /// <summary>Importing files (documents, payments): Edit on some region's data.</summary>
    public const string Import = "Import";

    /// <summary>Accounts, region settings, the whole audit log: Administer.</summary>
    public const string Administer = "Administer";

    public static readonly IReadOnlyList<string> All = [SignedIn, Import, Administer];

    public static void Add(AuthorizationBuilder builder)
    {
        builder.AddPolicy(SignedIn, p => p.RequireAuthenticatedUser())
            .AddPolicy(Import, p => p.RequireAuthenticatedUser().AddRequirements(new OperationRequirement(Operation.Edit, Resource.AnyRegion)))
            .AddPolicy(Administer, p => p.RequireAuthenticatedUser().AddRequirements(new OperationRequirement(Operation.Administer, Resource.AllSettings)));
    }
}
