using Jixiao.Application.Execution;
using Jixiao.Application.Users;
using Jixiao.Documents.Monitoring;
using Jixiao.Web.Http;
using Microsoft.AspNetCore.Mvc;

namespace Jixiao.Web.Features.Execution;

/// <summary>监控 page of a project: the 监控表 for months 1–N (N = the region's checkpoint month unless another is
/// chosen), the lights of every part with their formulas, the project light, MON findings, and the 监控表 as
/// Word or Excel.</summary>
public sealed class MonitoringModel(ExecutionService service, CurrentUser currentUser) : ProjectPageModel(service, currentUser)
{
    [BindProperty(SupportsGet = true)]
    public int? Month { get; set; }

    [BindProperty]
    public MonitoringInput Input { get; set; } = new();

    public MonitoringView View { get; private set; } = null!;

    public int ShownMonth { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadScopeAsync(edit: false, ct) is { } result)
        {
            return result;
        }

        await LoadAsync(ct);
        var r = View.Monitored.Assessment.Report;
        Input = new MonitoringInput
        {
            InitialBudget = r.InitialBudget.ToWanYuanString(),
            AdjustedBudget = r.AdjustedBudget?.ToWanYuanString(),
            Spent = r.Spent.ToWanYuanString(),
            ExpectedAnnualSpending = r.ExpectedAnnualSpending?.ToWanYuanString(),
            GoalProgress = r.GoalProgress,
            CorrectiveAction = r.CorrectiveAction,
            Indicators = [.. r.Indicators.Select((x, i) => new MonitoringIndicatorInput
            {
                Row = i + 1, Actual = x.Actual, ExpectedAnnual = x.ExpectedAnnual, Possibility = x.Possibility, DeviationCategory = x.DeviationCategory,
                DeviationReason = x.DeviationReason, Measures = x.Measures, Remark = x.Remark,
            })],
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadScopeAsync(edit: true, ct) is { } result)
        {
            return result;
        }

        var month = Month ?? Scope.MonitoringProfile.CheckpointMonth;
        Errors = await Service.SaveMonitoringAsync(Scope, month, Input, AuditRequests.ActorOf(HttpContext), ct);
        if (Errors.Count == 0)
        {
            Saved = $"1–{month}月监控表已保存。";
            return RedirectToPage(new { Id, Month = month });
        }

        await LoadAsync(ct);
        return Page();
    }

    /// <summary>The 监控表 as .docx or .xlsx, with lights, formulas and findings.</summary>
    public async Task<IActionResult> OnGetDownloadAsync(string format, CancellationToken ct)
    {
        if (await LoadScopeAsync(edit: false, ct) is { } result)
        {
            return result;
        }

        await LoadAsync(ct);
        var name = $"{Scope.Details.Content.ProjectName}{Scope.FiscalYear}年1-{ShownMonth}月绩效监控表";
        return format switch
        {
            "docx" => File(MonitoringForms.WriteDocx(View.Monitored), OfficeTypes.Docx, name + ".docx"),
            "xlsx" => File(MonitoringForms.WriteXlsx(View.Monitored), OfficeTypes.Xlsx, name + ".xlsx"),
            _ => BadRequest("格式应为 docx 或 xlsx。"),
        };
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        ShownMonth = Month is >= 1 and <= 12 ? Month.Value : Scope.MonitoringProfile.CheckpointMonth;
        View = await Service.GetMonitoringAsync(Scope, ShownMonth, ct);
    }
}
