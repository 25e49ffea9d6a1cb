using Jixiao.Data;
using Jixiao.Data.Entities;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Features.Gongkai;

/// <summary>预算绩效信息公开: the published documents, filtered by region, year and department; no sign-in.</summary>
[AllowAnonymous]
public sealed class IndexModel(JixiaoDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Region { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Department { get; set; }

    public IReadOnlyList<DepartmentDocument> Documents { get; private set; } = [];

    public IReadOnlyList<(string Code, string Name)> Regions { get; private set; } = [];

    public IReadOnlyList<int> Years { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var all = PublicDocuments.Published(db);
        var regionCodes = await all.Select(d => d.RegionCode).Distinct().ToListAsync(ct);
        var names = await db.Regions.AsNoTracking().Where(r => regionCodes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name, ct);
        Regions = [.. regionCodes.Order(StringComparer.Ordinal).Select(c => (c, names.GetValueOrDefault(c) is { Length: > 0 } n ? n : c))];
        Years = [.. (await all.Select(d => d.FiscalYear).Distinct().ToListAsync(ct)).OrderDescending()];
        var query = all;
        if (!string.IsNullOrWhiteSpace(Region))
        {
            query = query.Where(d => d.RegionCode == Region);
        }

        if (Year is { } year)
        {
            query = query.Where(d => d.FiscalYear == year);
        }

        if (!string.IsNullOrWhiteSpace(Department))
        {
            var text = Department.Trim();
            query = query.Where(d => d.DepartmentCode == text || d.DepartmentName.Contains(text));
        }

        Documents = await query.OrderBy(d => d.RegionCode).ThenByDescending(d => d.FiscalYear).ThenBy(d => d.DepartmentCode).ToListAsync(ct);
    }

    public string RegionName(string code) => Regions.FirstOrDefault(r => r.Code == code).Name ?? code;
}
