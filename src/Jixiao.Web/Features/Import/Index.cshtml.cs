using Jixiao.Application.Documents;
using Jixiao.Application.Users;
using Jixiao.Data.Entities;
using Jixiao.Documents;
using Jixiao.Documents.GoalTables;
using Jixiao.Documents.Json;
using Jixiao.Web.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Features.Import;

/// <summary>导入: upload files, see what will be imported, how each table's columns were read (with a drop-down to
/// correct any of them, and to save the corrections as a layout of the region) and every problem, then confirm.</summary>
public sealed class IndexModel(CurrentUser currentUser, DocumentImport imports, ImportLayouts layouts) : PageModel
{
    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    [BindProperty]
    public int? Year { get; set; }

    [BindProperty]
    public string? Region { get; set; }

    [BindProperty]
    public List<ConfirmItem> Items { get; set; } = [];

    /// <summary>The saved layout to apply (版式方案), by id.</summary>
    [BindProperty]
    public int? Layout { get; set; }

    [BindProperty]
    public List<SourceItem> Sources { get; set; } = [];

    [BindProperty]
    public List<ColumnChoice> Corrections { get; set; } = [];

    /// <summary>Name under which to save the corrections as a layout of the region.</summary>
    [BindProperty]
    public string? SaveAs { get; set; }

    public IReadOnlyList<LayoutProfile> Layouts { get; private set; } = [];

    public IReadOnlyList<PreviewItem> Preview { get; private set; } = [];

    public IReadOnlyList<ImportedItem> Imported { get; private set; } = [];

    public string? Message { get; private set; }

    /// <summary>A confirmation (a layout saved), shown apart from error messages.</summary>
    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Layouts = await layouts.ListAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        var user = await currentUser.GetAsync(ct);

        if (Files.Count == 0)
        {
            Message = "请选择要导入的文件。";
        }

        var files = new List<SourceItem>();
        foreach (var file in Files)
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            files.Add(new SourceItem { FileName = Path.GetFileName(file.FileName), Content = Convert.ToBase64String(buffer.ToArray()) });
        }

        return await PreviewAsync(user, files, new Dictionary<string, GoalColumn>(), ct);
    }

    /// <summary>The files of the preview read again with the user's column corrections (and saved as a layout when
    /// a name is given).</summary>
    public async Task<IActionResult> OnPostRemapAsync(CancellationToken ct)
    {
        var user = await currentUser.GetAsync(ct);

        var corrections = Corrections
            .Where(c => c.Key.Length > 0 && c.Column != c.Original && Enum.TryParse<GoalColumn>(c.Column, out _))
            .ToDictionary(c => c.Key, c => Enum.Parse<GoalColumn>(c.Column), StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(SaveAs))
        {
            if (string.IsNullOrWhiteSpace(Region))
            {
                Message = "保存版式方案需要区划代码：请在上方填写区划代码后再保存。";
            }
            else
            {
                var basedOn = Layout is { } id ? await layouts.FindAsync(id, ct) : null;
                var saved = await layouts.SaveAsync(Region, SaveAs, basedOn, corrections, user.Access.UserName, ct);
                Layout = saved.Id;
                Notice = $"已保存版式方案“{saved.Name}”（区划 {saved.RegionCode}，{ImportLayouts.ColumnsOf(saved).Count} 列），以后导入时可选用。";
            }
        }

        return await PreviewAsync(user, Sources, corrections, ct);
    }

    private async Task<IActionResult> PreviewAsync(UserAccess user, IReadOnlyList<SourceItem> files, Dictionary<string, GoalColumn> corrections, CancellationToken ct)
    {
        Layouts = await layouts.ListAsync(ct);
        var layout = Layout is { } id ? Layouts.FirstOrDefault(l => l.Id == id) : null;
        var options = ImportLayouts.Apply(new ReadOptions { FiscalYear = Year, RegionCode = string.IsNullOrWhiteSpace(Region) ? null : Region.Trim() },
            layout, corrections);
        var items = new List<PreviewItem>();
        foreach (var file in files)
        {
            var bytes = Convert.FromBase64String(file.Content);
            var read = DocumentFiles.Read(bytes, Path.GetExtension(file.FileName), options with { FileName = file.FileName });
            var plan = await imports.PreviewAsync(read, user, AuditRequests.For(user, file.FileName, HttpContext), ct);
            items.Add(new PreviewItem(file.FileName, bytes.LongLength, read.Document, read.Problems, plan.Refusal, read.HasErrors ? string.Empty : DocumentJson.Write(read.Document), plan.Result)
            {
                Mapping = read.Mapping,
            });
        }

        Sources = [.. files];
        Preview = items;
        return IsHtmx ? Partial("_Preview", this) : Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken ct)
    {
        var user = await currentUser.GetAsync(ct);

        var results = new List<ImportedItem>();
        foreach (var item in Items)
        {
            var read = DocumentJson.Read(item.Json, new ReadOptions { FileName = item.FileName });
            try
            {
                var imported = await imports.ImportAsync(read, user, AuditRequests.For(user, item.FileName, HttpContext), ct);
                results.Add(new ImportedItem(item.FileName, imported.Result,
                    imported.IsUnreadable ? string.Join("；", read.Errors.Select(e => e.Message)) : imported.Refusal)
                {
                    RegionCode = read.Document.RegionCode, FiscalYear = read.Document.FiscalYear, DepartmentName = read.Document.DepartmentName,
                });
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
