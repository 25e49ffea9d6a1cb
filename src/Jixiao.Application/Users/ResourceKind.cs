namespace Jixiao.Application.Users;

/// <summary>The kinds of things <see cref="AccessPolicy"/> decides on.</summary>
public enum ResourceKind
{
    /// <summary>A region's data as a whole (lists, imports into it); no region: any.</summary>
    Region,

    /// <summary>A unit and its projects (a project is decided by its unit).</summary>
    Unit,

    /// <summary>A department document (Part 1, workflow, comments, document audit).</summary>
    Document,

    /// <summary>User accounts.</summary>
    User,

    /// <summary>A region's settings (review profile, 监控方案, scoring) and the whole audit log.</summary>
    Settings,

    /// <summary>A region's indicator library (指标库); region "": the national base.</summary>
    Library,
}
