namespace Jixiao.Web.Features.Users;

/// <summary>One line of the user list.</summary>
public sealed record UserRow(string Id, string UserName, string DisplayName, string Roles, IReadOnlyList<string> Units, string Region, bool Locked);
