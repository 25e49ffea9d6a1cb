using System.Text;
using Jixiao.Application.Users;
using Jixiao.Data;
using Jixiao.Domain.Workflow.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Jixiao.Web.Features.Audit;

/// <summary>审计日志 (管理员): the whole chain, newest first, a page at a time, filtered by record type, person,
/// action, field, record and date — where the entries that belong to no document are read too: user administration,
/// logins, region settings, payment files. The CSV export holds every entry the filter matches.</summary>
public sealed class IndexModel(JixiaoDbContext db) : AuditListModel(db)
{
    protected override string BasePath => "/Audit";

    public async Task OnGetAsync(CancellationToken ct) => await LoadPageAsync(ct);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var csv = AuditExport.ToCsv(await LoadAllAsync(ct));
        return File(Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", IsFiltered ? "审计日志-筛选结果.csv" : "审计日志.csv");
    }
}
