using Jixiao.Application.Users;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Web.Auth;
using Jixiao.Web.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Features.Users;

/// <summary>新建用户: username, name, role, units or region, and an initial password set by the administrator or
/// generated and shown once on the answer page (it is stored only as a hash). The account and its audit entries
/// (姓名, 角色, 单位, 区划, and that a password was set) are written in one transaction.</summary>
public sealed class CreateModel(JixiaoDbContext db, UserManager<JixiaoUser> users, TimeProvider clock) : PageModel
{
    [BindProperty]
    public UserForm Form { get; set; } = new();

    /// <summary>Set after a successful creation: the account and, when generated, its password (shown this once).</summary>
    public string? CreatedUser { get; private set; }

    public string? GeneratedPassword { get; private set; }

    /// <summary>The region's units for the fields (a 单位填报's choices).</summary>
    public UserFieldsView Fields { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Fields = await UserFieldsView.LoadAsync(db, Form, ct);

    /// <summary>htmx, from 新建用户 and 修改用户: the unit list of the region just chosen (ticked units kept).</summary>
    public async Task<IActionResult> OnGetUnitsAsync([FromQuery(Name = "Form.RegionCode")] string? region, [FromQuery(Name = "Form.UnitCodes")] List<string> codes, CancellationToken ct) =>
        Partial("_UnitPicker", await UserFieldsView.LoadAsync(db, new UserForm { RegionCode = region ?? string.Empty, UnitCodes = codes }, ct));


    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var userName = Form.UserName.Trim();
        if (userName.Length == 0)
        {
            ModelState.AddModelError("Form.UserName", "请填写用户名。");
        }

        var (unitIds, region) = await UserFormRules.CheckAsync(db, Form, ModelState, ct);
        if (!ModelState.IsValid)
        {
            return await PageAsync(ct);
        }

        var generated = string.IsNullOrEmpty(Form.Password);
        var password = generated ? Passwords.Random() : Form.Password;
        var user = new JixiaoUser { UserName = userName, DisplayName = Form.DisplayName.Trim(), RegionCode = region, Units = [.. unitIds.Select(id => new UserUnit { UnitId = id })] };
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            UserFormRules.AddErrors(ModelState, created, created.Errors.Any(e => e.Code.Contains("Password", StringComparison.Ordinal)) ? "Form.Password" : "Form.UserName");
            return await PageAsync(ct);
        }

        // The administrator chose (or the system generated) this password: the user sets its own at first sign-in.
        await PasswordChangeGate.RequireAsync(users, user);
        var role = await users.AddToRoleAsync(user, Form.Role);
        if (!role.Succeeded)
        {
            UserFormRules.AddErrors(ModelState, role);
            return await PageAsync(ct);
        }

        var source = AuditRequests.SourceOf(HttpContext, clock);
        await UserAudit.SaveAsync(db,
        [
            .. UserAudit.Changes(source, Domain.Workflow.Audit.AuditDiff.CreateAction, userName, [], await UserAudit.SnapshotAsync(db, user, Form.Role, ct)),
            UserAudit.Entry(source, Domain.Workflow.Audit.AuditDiff.CreateAction, userName, UserAudit.PasswordField, string.Empty, generated ? "已设定（系统生成）" : "已设定（管理员设定）"),
        ], ct);
        await transaction.CommitAsync(ct);
        CreatedUser = userName;
        GeneratedPassword = generated ? password : null;
        Form = new UserForm();
        return await PageAsync(ct);
    }

    private async Task<IActionResult> PageAsync(CancellationToken ct)
    {
        Fields = await UserFieldsView.LoadAsync(db, Form, ct);
        return Page();
    }
}
