using System.Net;
using Jixiao.Application.Users;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests;

/// <summary>
/// Sessions that really end: a lock, a role change, a password change or reset ends every session of the account at
/// its next request, for every role (not within Identity's 30-minute check); 退出 ends the session on the server, so a
/// copy of the cookie taken before stops working too.
/// </summary>
public abstract partial class WebTests
{
    [SkippableFact]
    public async Task Lock_EndsTheOpenSessionAtItsNextRequest_ForEveryRole_AndALockedAdminCreatesNoAccount()
    {
        await using var app = await StartAsync();
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        foreach (var (name, role, unit) in new[] { ("admin2", Roles.Admin, (string?)null), ("reviewer", Roles.Reviewer, null), ("clerk", Roles.UnitEditor, "401001") })
        {
            var account = await app.Factory.CreateUserAsync(name, role, unit);
            var session = await CookieSession.SignInAsync(app.Factory, name, JixiaoAppFactory.UserPassword);
            Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/")).StatusCode);
            var createForm = role == Roles.Admin ? await (await session.GetAsync("/Users/Create")).Content.ReadAsStringAsync() : null;

            var edit = await admin.GetOkAsync($"/Users/{account.Id}/Edit");
            Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync($"/Users/{account.Id}/Edit?handler=Lock", edit, "lock-form", new Dictionary<string, string>())).StatusCode);

            await AssertSignedOutAsync(session);
            if (createForm is not null)
            {
                var fields = Browser.FormFields(createForm, "user-form");
                fields["Form.UserName"] = "intruder";
                fields["Form.DisplayName"] = "入侵者";
                fields["Form.Role"] = Roles.Admin;
                var created = await session.PostFormAsync("/Users/Create", fields);
                Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
                Assert.False(await app.Factory.QueryAsync(db => db.Users.AnyAsync(u => u.UserName == "intruder")));
            }
        }
    }

    [SkippableFact]
    public async Task RoleChange_EndsTheSessionsOfReviewersAndAdministrators_AtTheirNextRequest()
    {
        await using var app = await StartAsync();
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        foreach (var (name, role) in new[] { ("reviewer", Roles.Reviewer), ("admin2", Roles.Admin) })
        {
            var account = await app.Factory.CreateUserAsync(name, role);
            var session = await CookieSession.SignInAsync(app.Factory, name, JixiaoAppFactory.UserPassword);
            Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/api/v1/documents")).StatusCode);

            var edit = await admin.GetOkAsync($"/Users/{account.Id}/Edit");
            var saved = await admin.SubmitAsync($"/Users/{account.Id}/Edit?handler=Save", edit, "user-form",
                new Dictionary<string, string> { ["Form.Role"] = Roles.UnitEditor, ["Form.RegionCode"] = "130102" },
                new Dictionary<string, string[]> { ["Form.UnitCodes"] = ["401001"] });
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            Assert.Equal(Roles.UnitEditor, await app.Factory.QueryAsync(db => db.UserRoles.Where(r => r.UserId == account.Id)
                .Join(db.Roles, r => r.RoleId, x => x.Id, (_, x) => x.Name).SingleAsync()));

            await AssertSignedOutAsync(session);
        }
    }

    [SkippableFact]
    public async Task PasswordChange_EndsTheOtherSessions_KeepsTheOneThatChangedIt_AndAResetEndsAll()
    {
        await using var app = await StartAsync();
        var account = await app.Factory.CreateUserAsync("reviewer", Roles.Reviewer);
        var first = await CookieSession.SignInAsync(app.Factory, "reviewer", JixiaoAppFactory.UserPassword);
        var second = await CookieSession.SignInAsync(app.Factory, "reviewer", JixiaoAppFactory.UserPassword);

        var changed = await second.SubmitAsync("/Users/Password", "password-form", new Dictionary<string, string>
        {
            ["Input.Current"] = JixiaoAppFactory.UserPassword, ["Input.New"] = "Changed-Pass-2024", ["Input.Confirm"] = "Changed-Pass-2024",
        });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        await AssertSignedOutAsync(first);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/")).StatusCode);

        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        var edit = await admin.GetOkAsync($"/Users/{account.Id}/Edit");
        Assert.Equal(HttpStatusCode.OK, (await admin.SubmitAsync($"/Users/{account.Id}/Edit?handler=ResetPassword", edit, "reset-form", new Dictionary<string, string>())).StatusCode);
        await AssertSignedOutAsync(second);
    }

    [SkippableFact]
    public async Task Logout_EndsTheSessionOnTheServer_ACookieCopiedBeforeNoLongerWorks()
    {
        await using var app = await StartAsync();
        await app.Factory.CreateUserAsync("reviewer", Roles.Reviewer);
        foreach (var (name, password) in new[] { (Admin, JixiaoAppFactory.AdminPassword), ("reviewer", JixiaoAppFactory.UserPassword) })
        {
            var session = await CookieSession.SignInAsync(app.Factory, name, password);
            var copy = session.Copy(app.Factory);
            Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/")).StatusCode);

            var page = await (await session.GetAsync("/Account/Logout")).Content.ReadAsStringAsync();
            var loggedOut = await session.PostFormAsync("/Account/Logout", new Dictionary<string, string> { ["__RequestVerificationToken"] = Browser.Token(page) });
            Assert.Equal(HttpStatusCode.Redirect, loggedOut.StatusCode);

            await AssertSignedOutAsync(copy);
            await AssertSignedOutAsync(session);
            // Signing in again works as before.
            Assert.Equal(HttpStatusCode.OK, (await (await CookieSession.SignInAsync(app.Factory, name, password)).GetAsync("/")).StatusCode);
        }
    }

    /// <summary>The session's next page request is sent to the login page and its next API call answered 401.</summary>
    private static async Task AssertSignedOutAsync(CookieSession session)
    {
        var page = await session.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/Account/Login", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await session.GetAsync("/api/v1/documents")).StatusCode);
    }
}
