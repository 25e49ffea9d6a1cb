using Jixiao.Application.Execution;
using Jixiao.Application.Users;
using Jixiao.Data;
using Jixiao.Web.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Features.Execution;

/// <summary>执行 page of a project: 年初预算数, 调整后预算数 and cumulative 执行数 by date, the imported payments, and
/// the execution-vs-plan chart.</summary>
public sealed class ExecutionModel(ExecutionService service, CurrentUser currentUser, JixiaoDbContext db) : ProjectPageModel(service, currentUser)
{
    /// <summary>Blank rows offered for new 执行数 entries.</summary>
    private const int BlankEntries = 3;

    [BindProperty]
    public ExecutionInput Input { get; set; } = new();

    public ExecutionData Execution { get; private set; } = null!;

    public string Chart { get; private set; } = string.Empty;

    public IReadOnlyList<Data.Entities.Payment> Payments { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadScopeAsync(edit: false, ct) is { } result)
        {
            return result;
        }

        await LoadAsync(ct);
        Input = new ExecutionInput
        {
            InitialBudget = Execution.InitialBudget.ToWanYuanString(),
            AdjustedBudget = Execution.AdjustedBudget?.ToWanYuanString(),
            Entries = [.. Execution.Entries.Select(e => new SpendingEntryInput { AsOf = e.AsOf, Spent = e.Spent.ToWanYuanString() })],
        };
        PadEntries();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadScopeAsync(edit: true, ct) is { } result)
        {
            return result;
        }

        Errors = await Service.SaveExecutionAsync(Scope, Input, AuditRequests.ActorOf(HttpContext), ct);
        if (Errors.Count == 0)
        {
            Saved = "执行数据已保存。";
            return RedirectToPage(new { Id });
        }

        await LoadAsync(ct);
        PadEntries();
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Execution = await Service.GetExecutionAsync(Scope, ct);
        Chart = ExecutionChart.ForProject($"{Scope.FiscalYear} 年执行进度与支出计划（%）", Scope.Details.Content, Scope.FiscalYear, Execution);
        Payments = await db.Payments.AsNoTracking().Where(p => p.ProjectId == Scope.ProjectId).OrderByDescending(p => p.Date).ThenByDescending(p => p.Id).Take(100).ToListAsync(ct);
    }

    private void PadEntries()
    {
        for (var i = 0; i < BlankEntries; i++)
        {
            Input.Entries.Add(new SpendingEntryInput());
        }
    }
}
