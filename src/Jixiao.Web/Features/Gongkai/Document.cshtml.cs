using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Documents.Word;
using Jixiao.Domain.Goals;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace Jixiao.Web.Features.Gongkai;

/// <summary>One published document: Part 1 and every project table in the official layout, a print view (A4, for
/// printing or saving as PDF) and the Word file. Anything not published is 404, as if it did not exist. Each view of a
/// publication is rendered once and then sent from its file (<see cref="PublishedPageFiles"/>), gzip-compressed to a
/// client that accepts it.</summary>
[AllowAnonymous]
[TypeFilter<PublishedPageCapture>]
public sealed class DocumentModel(JixiaoDbContext db, WordExportCache word, PublishedPageFiles files) : PageModel
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
        // Whether the document is public, and since when, without reading its snapshot.
        var publishedAt = Mode is null or "print"
            ? await PublicDocuments.Published(db).Where(d => d.Id == Id).Select(d => d.Workflow!.PublishedAt).SingleOrDefaultAsync(ct)
            : null;
        if (publishedAt is not { } at)
        {
            return NotFound();
        }

        var view = Print ? "print" : "screen";
        var path = files.PathOf(Id, view, at);
        if (Stored(path) is { } stored)
        {
            return stored;
        }

        var slot = await files.RenderSlotAsync(ct);
        HttpContext.Response.RegisterForDispose(slot);
        if (Stored(path) is { } renderedMeanwhile)
        {
            return renderedMeanwhile;
        }

        if (await PublicDocuments.GetAsync(db, Id, ct) is not { } found)
        {
            return NotFound(); // withdrawn meanwhile
        }

        (Entity, Document) = found;
        if (Entity.Workflow?.PublishedAt == at)
        {
            HttpContext.Items[PublishedPageCapture.ItemKey] = new PublishedPageCapture.Target(path, Id, view);
        }

        return Page();
    }

    public async Task<IActionResult> OnGetWordAsync(CancellationToken ct)
    {
        // The file is keyed by the publication (document and moment), known without the ≈ 2 MB snapshot: the snapshot is
        // read and parsed only to write the file the first time. A new publication has a new moment, so a new file.
        var published = await PublicDocuments.Published(db).Where(d => d.Id == Id)
            .Select(d => new { d.DepartmentName, d.FiscalYear, d.Workflow!.PublishedAt }).SingleOrDefaultAsync(ct);
        if (published?.PublishedAt is not { } at)
        {
            return NotFound();
        }

        var key = WordExportCache.KeyOf(FormattableString.Invariant($"published|{Id}|{at.Ticks}"));
        var bytes = await word.GetAsync(key, async c => await PublicDocuments.GetAsync(db, Id, c) is { } found && found.Entity.Workflow?.PublishedAt == at ? found.Document : null, ct);
        return bytes is null ? NotFound() : File(bytes, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            $"{published.DepartmentName}{published.FiscalYear}年部门预算绩效目标.docx");
    }

    /// <summary>The page's file as the answer, gzip-compressed when the client accepts it; null when not rendered yet.</summary>
    private PhysicalFileResult? Stored(string path)
    {
        var zipped = path + ".gz";
        var gzip = Request.Headers.AcceptEncoding.Any(v => v is not null && v.Contains("gzip", StringComparison.OrdinalIgnoreCase));
        Response.Headers.Vary = HeaderNames.AcceptEncoding;
        if (gzip && System.IO.File.Exists(zipped))
        {
            Response.Headers.ContentEncoding = "gzip";
            return PhysicalFile(zipped, "text/html; charset=utf-8");
        }

        return System.IO.File.Exists(path) ? PhysicalFile(path, "text/html; charset=utf-8") : null;
    }
}
