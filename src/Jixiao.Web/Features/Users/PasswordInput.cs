using System.ComponentModel.DataAnnotations;

namespace Jixiao.Web.Features.Users;

/// <summary>Changing one's own password: the current one, the new one twice.</summary>
public sealed class PasswordInput
{
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Current { get; set; } = string.Empty;

    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string New { get; set; } = string.Empty;

    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Confirm { get; set; } = string.Empty;
}
