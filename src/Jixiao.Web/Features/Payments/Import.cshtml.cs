using Jixiao.Application.Execution;
using Jixiao.Application.Users;
using Jixiao.Data.Setup;
using Jixiao.Documents;
using Jixiao.Documents.Payments;
using Jixiao.Web.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Features.Payments;

/// <summary>导入支付记录: upload a CSV or Excel export, see every record with what importing it will do and every
/// problem by row and cell, then confirm. Re-importing the same file adds nothing.</summary>
public sealed class ImportModel(CurrentUser currentUser, PaymentImport import) : PageModel
{
    /// <summary>Larger exports go through the API.</summary>
    private const long MaxBytes = 20 * 1024 * 1024;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    /// <summary>The previewed file, carried to the confirmation (base64) so the same bytes are imported.</summary>
    [BindProperty]
    public string? Payload { get; set; }

    [BindProperty]
    public string? FileName { get; set; }

    public IReadOnlyList<ReadProblem> Problems { get; private set; } = [];

    public IReadOnlyList<PaymentLine> Lines { get; private set; } = [];

    public string? Message { get; private set; }

    public int? Added { get; private set; }

    public bool CanConfirm => Lines.Count > 0 && !Problems.Any(p => p.Severity == ProblemSeverity.Error) && !Lines.Any(l => l.IsError);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        var user = await currentUser.GetAsync(ct);

        if (Upload is null || Upload.Length == 0)
        {
            Message = "请选择要导入的支付记录文件（.csv 或 .xlsx）。";
        }
        else if (Upload.Length > MaxBytes)
        {
            Message = $"文件“{Upload.FileName}”超过 20 MB，请分批导入或使用接口 /api/v1/payments。";
        }
        else
        {
            using var buffer = new MemoryStream();
            await Upload.CopyToAsync(buffer, ct);
            FileName = Path.GetFileName(Upload.FileName);
            Payload = Convert.ToBase64String(buffer.ToArray());
            await PreviewAsync(user, buffer.ToArray(), ct);
        }

        return Request.Headers.ContainsKey("HX-Request") ? Partial("_PaymentPreview", this) : Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken ct)
    {
        var user = await currentUser.GetAsync(ct);

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(Payload ?? string.Empty);
        }
        catch (FormatException)
        {
            Message = "确认的数据已损坏，请重新上传文件。";
            return Page();
        }

        await PreviewAsync(user, bytes, ct);
        if (CanConfirm)
        {
            try
            {
                var result = await import.ImportAsync(Lines, FileName ?? string.Empty, AuditRequests.ActorOf(HttpContext), ct);
                (Lines, Added) = (result.Lines, result.Added);
                Payload = null;
            }
            catch (DbUpdateException e) when (DatabaseErrors.IsUniqueViolation(e))
            {
                // Another writer that does not take the import lock stored the same records first; nothing of this one was stored.
                Message = "同一批支付记录刚刚已由另一次导入写入，本次未导入任何内容。请查看项目的执行数据；如仍缺少记录，再确认导入一次（已导入的不会重复计入）。";
            }
        }

        return Page();
    }

    private async Task PreviewAsync(UserAccess user, byte[] bytes, CancellationToken ct)
    {
        var read = PaymentFiles.Read(bytes, FileName ?? string.Empty);
        Problems = read.Problems;
        Lines = read.Value is { } batch && !read.HasErrors ? await import.PreviewAsync(batch, user, ct) : [];
    }
}
