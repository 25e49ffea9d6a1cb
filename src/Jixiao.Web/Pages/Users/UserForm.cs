using System.ComponentModel.DataAnnotations;

namespace Jixiao.Web.Pages.Users;

/// <summary>A user's account as an administrator edits it. The unit is given by code (a region may have thousands of
/// units); the region limits a reviewer (empty: every region).</summary>
public sealed class UserForm
{
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string UserName { get; set; } = string.Empty;

    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string DisplayName { get; set; } = string.Empty;

    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Role { get; set; } = Auth.Roles.UnitEditor;

    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string UnitCode { get; set; } = string.Empty;

    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string RegionCode { get; set; } = string.Empty;

    /// <summary>Only on creation: empty means "generate one and show it once".</summary>
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Password { get; set; } = string.Empty;
}
