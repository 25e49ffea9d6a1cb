using Jixiao.Application.Documents;
using Jixiao.Application.Users;
using Jixiao.Documents;
using Jixiao.Documents.Json;
using Jixiao.Web.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Features.Import;

/// <summary>导入: upload files, see what will be imported and every problem, then confirm.</summary>
public sealed class IndexModel(CurrentUser currentUser, DocumentImport imports) : PageModel
{
    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    [BindProperty]
    public int? Year { get; set; }

    [BindProperty]
    public string? Region { get; set; }

    [BindProperty]
    public List<ConfirmItem> Items { get; set; } = [];

    public IReadOnlyList<PreviewItem> Preview { get; private set; } = [];

    public IReadOnlyList<ImportedItem> Imported { get; private set; } = [];

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        (await currentUser.GetAsync(ct)).Access.CanImport ? Page() : Forbid();

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        var user = await currentUser.GetAsync(ct);
        if (!user.Access.CanImport)
        {
            return Forbid();
        }

        if (Files.Count == 0)
        {
            Message = "请选择要导入的文件。";
        }

        var items = new List<PreviewItem>();
        foreach (var file in Files)
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            var name = Path.GetFileName(file.FileName);
            var read = DocumentFiles.Read(buffer.ToArray(), Path.GetExtension(name), new ReadOptions { FileName = name, FiscalYear = Year, RegionCode = string.IsNullOrWhiteSpace(Region) ? null : Region.Trim() });
            var plan = await imports.PreviewAsync(read, user, AuditRequests.For(user, name, HttpContext), ct);
            items.Add(new PreviewItem(name, file.Length, read.Document, read.Problems, plan.Refusal, read.HasErrors ? string.Empty : DocumentJson.Write(read.Document), plan.Result));
        }

        Preview = items;
        return IsHtmx ? Partial("_Preview", this) : Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken ct)
    {
        var user = await currentUser.GetAsync(ct);
        if (!user.Access.CanImport)
        {
            return Forbid();
        }

        var results = new List<ImportedItem>();
        foreach (var item in Items)
        {
            var read = DocumentJson.Read(item.Json, new ReadOptions { FileName = item.FileName });
            try
            {
                var imported = await imports.ImportAsync(read, user, AuditRequests.For(user, item.FileName, HttpContext), ct);
                results.Add(new ImportedItem(item.FileName, imported.Result,
                    imported.IsUnreadable ? string.Join("；", read.Errors.Select(e => e.Message)) : imported.Refusal));
            }
            catch (ImportException e)
            {
                results.Add(new ImportedItem(item.FileName, null, e.Explanation));
            }
        }

        Imported = results;
        return Page();
    }

    private bool IsHtmx => Request.Headers.ContainsKey("HX-Request");
}
