using Jixiao.Application.Execution;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Features.Execution;

/// <summary>复核自评表/监控表: upload a 自评表 or 监控表 a unit submitted or a region published, choose 复核 or 打分, and
/// see what was read (money unit and where it came from, rows read and skipped) and what the check found. Nothing
/// is stored. When the form does not say its money unit the page asks for it and checks the same file again.</summary>
public sealed class RecheckModel : PageModel
{
    /// <summary>Forms are a page or two; larger files go through the API.</summary>
    private const long MaxBytes = 20 * 1024 * 1024;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    /// <summary>The file already uploaded (base64), sent again when the user names the money unit or changes the mode.</summary>
    [BindProperty]
    public string? Payload { get; set; }

    [BindProperty]
    public string? FileName { get; set; }

    [BindProperty]
    public string Mode { get; set; } = "recheck";

    [BindProperty]
    public string? MoneyUnit { get; set; }

    [BindProperty]
    public string? Profile { get; set; }

    [BindProperty]
    public string? MonitoringProfile { get; set; }

    public FormRecheckResult? Result { get; private set; }

    public IReadOnlyList<string> Messages { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        byte[]? bytes = null;
        if (Upload is { Length: > 0 })
        {
            if (Upload.Length > MaxBytes)
            {
                return Show($"文件“{Upload.FileName}”超过 20 MB，请使用接口 POST /api/v1/forms/recheck。");
            }

            using var buffer = new MemoryStream();
            await Upload.CopyToAsync(buffer, ct);
            bytes = buffer.ToArray();
            FileName = Path.GetFileName(Upload.FileName);
        }
        else if (!string.IsNullOrEmpty(Payload))
        {
            try
            {
                bytes = Convert.FromBase64String(Payload);
            }
            catch (FormatException)
            {
                return Show("上传的数据已损坏，请重新选择文件。");
            }
        }

        if (bytes is null || string.IsNullOrWhiteSpace(FileName))
        {
            return Show("请选择要复核的自评表或监控表文件（.xlsx、.docx 或 .html）。");
        }

        var options = FormRecheckOptions.Parse(Mode, MoneyUnit, Profile, MonitoringProfile, out var errors);
        if (options is null)
        {
            return Show([.. errors]);
        }

        Result = FormRecheck.Run(bytes, FileName, options);

        // The same file is sent again when the user names the money unit or switches the mode.
        Payload = Convert.ToBase64String(bytes);
        return Page();
    }

    private PageResult Show(params string[] messages)
    {
        Messages = messages;
        return Page();
    }
}
