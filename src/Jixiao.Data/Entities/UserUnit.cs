namespace Jixiao.Data.Entities;

/// <summary>One unit a 单位填报 user fills in for (用户负责的单位). A department's clerk usually has the department's
/// 本级 and several subordinate units, and may have units of a second department; all are units of the user's region.</summary>
public class UserUnit
{
    public string UserId { get; set; } = string.Empty;

    public int UnitId { get; set; }

    public Unit? Unit { get; set; }
}
