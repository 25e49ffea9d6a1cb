using System.ComponentModel.DataAnnotations;
using Jixiao.Web.Auth;

namespace Jixiao.Web.Features.Account;

/// <summary>The login form.</summary>
public sealed class LoginInput
{
    [Required(ErrorMessage = "请输入用户名。")]
    [StringLength(LoginRateLimit.MaxUserNameLength, ErrorMessage = "用户名最多 {1} 个字符，请检查后重新输入。")]
    [Display(Name = "用户名")]
    public string UserName { get; set; } = string.Empty;

    [Required(ErrorMessage = "请输入密码。")]
    [StringLength(LoginRateLimit.MaxPasswordLength, ErrorMessage = "密码最多 {1} 个字符，请检查后重新输入。")]
    [Display(Name = "密码")]
    public string Password { get; set; } = string.Empty;

    [Display(Name = "记住我")]
    public bool RememberMe { get; set; }
}
