using System.ComponentModel.DataAnnotations;

namespace Jixiao.Web.Features.Account;

/// <summary>The login form.</summary>
public sealed class LoginInput
{
    [Required(ErrorMessage = "请输入用户名。")]
    [Display(Name = "用户名")]
    public string UserName { get; set; } = string.Empty;

    [Required(ErrorMessage = "请输入密码。")]
    [Display(Name = "密码")]
    public string Password { get; set; } = string.Empty;

    [Display(Name = "记住我")]
    public bool RememberMe { get; set; }
}
