using Jixiao.Data.Entities;
using Microsoft.AspNetCore.Identity;

namespace Jixiao.Data;

/// <summary>A person who signs in to the web app: a unit editor, a reviewer, an administrator. Users live in
/// the same database and migration set as the budget data, so one backup holds everything.</summary>
public class JixiaoUser : IdentityUser
{
    /// <summary>The name shown in the UI and recorded in versions and the audit trail (姓名).</summary>
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>The region the user works in; null for a user who may see every region. A unit editor's units are
    /// all of this region.</summary>
    public string? RegionCode { get; set; }

    /// <summary>The units a unit editor fills in for (table UserUnits); empty for reviewers and administrators. It
    /// replaced the single UnitId column (migration UserUnits copied each UnitId into it).</summary>
    public List<UserUnit> Units { get; set; } = [];
}
