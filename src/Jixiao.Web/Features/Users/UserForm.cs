using System.ComponentModel.DataAnnotations;
using Jixiao.Application.Users;

namespace Jixiao.Web.Features.Users;

/// <summary>A user's account as an administrator edits it. A 单位填报 gets one or more units of one region, by unit
/// code (ticked in the region's unit list); the region limits a reviewer (empty: every region) and, for a unit
/// editor, says which region's units are listed.</summary>
public sealed class UserForm
{
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string UserName { get; set; } = string.Empty;

    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string DisplayName { get; set; } = string.Empty;

    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Role { get; set; } = Roles.UnitEditor;

    /// <summary>单位代码 of the units a 单位填报 fills in for.</summary>
    public List<string> UnitCodes { get; set; } = [];

    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string RegionCode { get; set; } = string.Empty;

    /// <summary>Only on creation: empty means "generate one and show it once".</summary>
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Password { get; set; } = string.Empty;
}
