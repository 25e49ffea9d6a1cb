using Jixiao.Data.Entities;

namespace Jixiao.Application.Users;

/// <summary>
/// What <see cref="AccessPolicy"/> decides on, carrying only what the decision needs: the region, the unit id and the
/// department code. Built from what a page or use case has already read, so a decision costs no query.
/// </summary>
public sealed record Resource(ResourceKind Kind, string? RegionCode, int? UnitId = null, string? DepartmentCode = null)
{
    /// <summary>Any region's data (the import pages: the file decides the region).</summary>
    public static readonly Resource AnyRegion = new(ResourceKind.Region, null);

    /// <summary>Accounts (用户管理).</summary>
    public static readonly Resource Users = new(ResourceKind.User, null);

    /// <summary>Every region's settings and the whole audit log.</summary>
    public static readonly Resource AllSettings = new(ResourceKind.Settings, null);

    public static Resource Region(string regionCode) => new(ResourceKind.Region, regionCode);

    public static Resource Of(Unit unit) => new(ResourceKind.Unit, unit.RegionCode, unit.Id, unit.DepartmentCode);

    /// <summary>A unit known by id and region (a project read with its unit's id and region).</summary>
    public static Resource Unit(int unitId, string regionCode) => new(ResourceKind.Unit, regionCode, unitId);

    public static Resource Of(DepartmentDocument document) => new(ResourceKind.Document, document.RegionCode, DepartmentCode: document.DepartmentCode);

    public static Resource Document(string regionCode, string departmentCode) => new(ResourceKind.Document, regionCode, DepartmentCode: departmentCode);

    public static Resource Settings(string regionCode) => new(ResourceKind.Settings, regionCode);

    /// <summary>A region's indicator library; "" is the national base.</summary>
    public static Resource Library(string regionCode) => new(ResourceKind.Library, regionCode);
}
