using Jixiao.Data.Entities;

namespace Jixiao.Data.Audit;

/// <summary>How records are named in the audit trail, so the per-document view can filter the one global chain.</summary>
public static class AuditKeys
{
    public static string Document(DepartmentDocument d) => Document(d.RegionCode, d.FiscalYear, d.DepartmentCode);

    public static string Document(string regionCode, int fiscalYear, string departmentCode) => $"{regionCode}/{fiscalYear}/{departmentCode}";

    /// <summary>Project codes repeat across years (延续项目), so the year is part of the key.</summary>
    public static string Project(int fiscalYear, string code) => $"{fiscalYear}/{code}";
}
