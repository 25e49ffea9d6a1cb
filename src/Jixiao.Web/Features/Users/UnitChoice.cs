namespace Jixiao.Web.Features.Users;

/// <summary>One unit of the region's list in the user form: 单位代码, 名称, and whether it is ticked.</summary>
public sealed record UnitChoice(string Code, string Name, bool Chosen);
