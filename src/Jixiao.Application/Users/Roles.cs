namespace Jixiao.Application.Users;

/// <summary>The three roles of the web app; the role names are what users see.</summary>
public static class Roles
{
    /// <summary>Sees and edits only the units assigned to the user (one or more of its region).</summary>
    public const string UnitEditor = "单位填报";

    /// <summary>Reads everything in the user's region (or every region), edits nothing.</summary>
    public const string Reviewer = "审核";

    /// <summary>Everything, including imports for any unit.</summary>
    public const string Admin = "管理员";

    public static IReadOnlyList<string> All { get; } = [UnitEditor, Reviewer, Admin];
}
