using Jixiao.Application.Execution;
using Jixiao.Application.Users;
using Jixiao.Documents.Evaluation;
using Jixiao.Web.Http;
using Microsoft.AspNetCore.Mvc;

namespace Jixiao.Web.Features.Execution;

/// <summary>自评 page of a project: the 自评表 form (money block, outcome, 实际完成值, 分值, reasons), the score of
/// every row with its formula, the total and grade, EVL findings, and the 自评表 as Word or Excel.</summary>
public sealed class SelfEvaluationModel(ExecutionService service, CurrentUser currentUser) : ProjectPageModel(service, currentUser)
{
    [BindProperty]
    public SelfEvaluationInput Input { get; set; } = new();

    public SelfEvaluationView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadScopeAsync(edit: false, ct) is { } result)
        {
            return result;
        }

        View = await Service.GetSelfEvaluationAsync(Scope, ct);
        var e = View.Scored.Result.Evaluation;
        Input = new SelfEvaluationInput
        {
            InitialBudget = e.Budget.InitialBudget.ToWanYuanString(),
            AnnualBudget = e.Budget.AdjustedBudget.ToWanYuanString(),
            Spent = e.Budget.Spent.ToWanYuanString(),
            BudgetReason = e.Budget.Reason,
            ActualOutcome = e.ActualOutcome,
            Indicators = [.. e.Indicators.Select((x, i) => new SelfEvaluationIndicatorInput
            {
                Row = i + 1, Actual = x.Actual, Points = x.Points, DeclaredScore = x.DeclaredScore, DeviationReason = x.DeviationReason, NotApplicable = x.NotApplicable,
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

        // A number field the browser sent but the binder could not read is a problem of the form, not a silent blank.
        var bindingErrors = ModelState.Where(kv => kv.Value?.Errors.Count > 0)
            .Select(kv => new InputError(kv.Key, $"“{kv.Value!.AttemptedValue}”不是数字（{Label(kv.Key)}）。")).ToList();
        Errors = bindingErrors.Count > 0 ? bindingErrors : await Service.SaveSelfEvaluationAsync(Scope, Input, AuditRequests.ActorOf(HttpContext), ct);
        if (Errors.Count == 0)
        {
            Saved = "自评表已保存，得分已重新计算。";
            return RedirectToPage(new { Id });
        }

        View = await Service.GetSelfEvaluationAsync(Scope, ct);
        return Page();
    }

    /// <summary>The scored 自评表 as .docx or .xlsx.</summary>
    public async Task<IActionResult> OnGetDownloadAsync(string format, CancellationToken ct)
    {
        if (await LoadScopeAsync(edit: false, ct) is { } result)
        {
            return result;
        }

        View = await Service.GetSelfEvaluationAsync(Scope, ct);
        var name = $"{Scope.Details.Content.ProjectName}{Scope.FiscalYear}年绩效自评表";
        return format switch
        {
            "docx" => File(SelfEvaluationForms.WriteDocx(View.Scored), OfficeTypes.Docx, name + ".docx"),
            "xlsx" => File(SelfEvaluationForms.WriteXlsx(View.Scored), OfficeTypes.Xlsx, name + ".xlsx"),
            _ => BadRequest("格式应为 docx 或 xlsx。"),
        };
    }

    private static string Label(string key) =>
        System.Text.RegularExpressions.Regex.Match(key, @"Indicators\[(\d+)\]\.(\w+)") is { Success: true } m
            ? $"第 {int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 1} 行{(m.Groups[2].Value == "Points" ? "分值" : m.Groups[2].Value == "DeclaredScore" ? "得分" : m.Groups[2].Value)}"
            : key;
}
