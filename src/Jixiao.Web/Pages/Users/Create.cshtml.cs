using Jixiao.Data;
using Jixiao.Web.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Jixiao.Web.Pages.Users;

/// <summary>新建用户: username, name, role, unit or region, and an initial password set by the administrator or
/// generated and shown once on the answer page (it is stored only as a hash). The account and its audit entries
/// (姓名, 角色, 单位, 区划, and that a password was set) are written in one transaction.</summary>
public sealed class CreateModel(JixiaoDbContext db, UserManager<JixiaoUser> users, TimeProvider clock) : AdminPageModel
{
    [BindProperty]
    public UserForm Form { get; set; } = new();

    /// <summary>Set after a successful creation: the account and, when generated, its password (shown this once).</summary>
    public string? CreatedUser { get; private set; }

    public string? GeneratedPassword { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var userName = Form.UserName.Trim();
        if (userName.Length == 0)
        {
            ModelState.AddModelError("Form.UserName", "请填写用户名。");
        }

        var (unitId, region) = await UserFormRules.CheckAsync(db, Form, ModelState, ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var generated = string.IsNullOrEmpty(Form.Password);
        var password = generated ? Passwords.Random() : Form.Password;
        var user = new JixiaoUser { UserName = userName, DisplayName = Form.DisplayName.Trim(), UnitId = unitId, RegionCode = region };
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            UserFormRules.AddErrors(ModelState, created, created.Errors.Any(e => e.Code.Contains("Password", StringComparison.Ordinal)) ? "Form.Password" : "Form.UserName");
            return Page();
        }

        var role = await users.AddToRoleAsync(user, Form.Role);
        if (!role.Succeeded)
        {
            UserFormRules.AddErrors(ModelState, role);
            return Page();
        }

        var source = UserAudit.Source(HttpContext, clock);
        await UserAudit.SaveAsync(db,
        [
            .. UserAudit.Changes(source, Domain.Workflow.Audit.AuditDiff.CreateAction, userName, [], await UserAudit.SnapshotAsync(db, user, Form.Role, ct)),
            UserAudit.Entry(source, Domain.Workflow.Audit.AuditDiff.CreateAction, userName, UserAudit.PasswordField, string.Empty, generated ? "已设定（系统生成）" : "已设定（管理员设定）"),
        ], ct);
        await transaction.CommitAsync(ct);
        CreatedUser = userName;
        GeneratedPassword = generated ? password : null;
        Form = new UserForm();
        return Page();
    }
}
