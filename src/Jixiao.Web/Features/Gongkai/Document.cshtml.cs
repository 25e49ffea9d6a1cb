using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Documents.Word;
using Jixiao.Domain.Goals;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Jixiao.Web.Features.Gongkai;

/// <summary>One published document: Part 1 and every project table in the official layout, a print view (A4, for
/// printing or saving as PDF) and the Word file. Anything not published is 404, as if it did not exist.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublishedPageCachePolicy.Name)]
public sealed class DocumentModel(JixiaoDbContext db, WordExportCache word) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    /// <summary>"print" for the print view.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Mode { get; set; }

    public bool Print => Mode == "print";

    public DepartmentDocument Entity { get; private set; } = null!;

    public PerformanceDocument Document { get; private set; } = null!;

    /// <summary>The day the shown version was published, in Beijing time ("2024年3月5日").</summary>
    public string? PublishedOn => Entity.Workflow?.PublishedAt is { } at
        ? new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)).ToOffset(Domain.Workflow.ChinaTime.Offset)
            .ToString("yyyy年M月d日", System.Globalization.CultureInfo.InvariantCulture) : null;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Mode is not (null or "print") || await PublicDocuments.GetAsync(db, Id, ct) is not { } found)
        {
            return NotFound();
        }

        (Entity, Document) = found;
        return Page();
    }

    public async Task<IActionResult> OnGetWordAsync(CancellationToken ct)
    {
        if (await PublicDocuments.GetAsync(db, Id, ct) is not { } found)
        {
            return NotFound();
        }

        return File(await word.GetAsync(found.Document, ct), "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            $"{found.Entity.DepartmentName}{found.Entity.FiscalYear}年部门预算绩效目标.docx");
    }
}
