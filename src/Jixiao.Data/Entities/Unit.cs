namespace Jixiao.Data.Entities;

/// <summary>A budget unit (预算单位) of a region, identified by (region, unit code); its department is the first
/// three digits of the unit code (DOMAIN.md §8.3).</summary>
public class Unit
{
    public int Id { get; set; }

    public string RegionCode { get; set; } = string.Empty;

    public Region? Region { get; set; }

    /// <summary>单位代码, e.g. 222001.</summary>
    public string Code { get; set; } = string.Empty;

    /// <summary>单位名称 as last imported, e.g. 纪律检查委员会本级.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>部门代码, e.g. 222.</summary>
    public string DepartmentCode { get; set; } = string.Empty;

    public List<Project> Projects { get; set; } = [];
}
