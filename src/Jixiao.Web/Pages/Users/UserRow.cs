namespace Jixiao.Web.Pages.Users;

/// <summary>One line of the user list.</summary>
public sealed record UserRow(string Id, string UserName, string DisplayName, string Roles, string Unit, string Region, bool Locked);
