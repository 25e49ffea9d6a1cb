using Jixiao.Application.Documents;
using Jixiao.Application.Users;
using Jixiao.Application.Workflow;
using Jixiao.Data;
using Jixiao.Web.Http;
using Microsoft.AspNetCore.Mvc;

namespace Jixiao.Web.Features.Documents;

/// <summary>Writing or correcting a department's 部门整体支出绩效目标表, or removing it. Saved through
/// <see cref="DocumentStore.SaveDepartmentTableAsync"/>, as the Part 1 form is: same access policy, workflow lock,
/// audit trail and review.</summary>
public sealed class EditDepartmentTableModel(CurrentUser currentUser, JixiaoDbContext db, DocumentStore store, WorkflowService workflow)
    : DocumentFormModel(currentUser, db, workflow)
{
    [BindProperty]
    public DepartmentTableForm Form { get; set; } = new();

    [BindProperty]
    public string? Command { get; set; }

    /// <summary>True when the document had no table: the form creates one.</summary>
    public bool Creating { get; private set; }

    /// <summary>The form key of the field to put the cursor in (the first field of a row just added).</summary>
    public string? Focus { get; private set; }

    /// <summary>The page shows what was typed but not yet saved (after adding or removing a row, or a refused save).</summary>
    public bool Unsaved { get; private set; }

    public DepartmentTableSums Sums => DepartmentTableMapping.Sums(Form);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
        {
            return denied;
        }

        var goals = DocumentQueries.Part1Of(Document);
        Creating = !goals.HasTable;
        Form = DepartmentTableMapping.FromGoals(goals);
        if (Creating)
        {
            // One empty row of each, to type into.
            Form.Tasks.Add(new DepartmentTaskInput());
            Form.Funds.Add(new DepartmentFundInput());
            Form.Indicators.Add(new DepartmentIndicatorInput());
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
        {
            return denied;
        }

        ModelState.Clear();
        var stored = DocumentQueries.Part1Of(Document);
        Creating = !stored.HasTable;
        Unsaved = true;
        if (ChangeRows(Command))
        {
            return Page();
        }

        if (Command is not ("save" or "remove-table"))
        {
            // Enter in a field without script, or 核对合计: the page again with its sums, nothing saved.
            return Page();
        }

        var table = Command == "remove-table" ? null : DepartmentTableMapping.ToGoals(Form, stored, ModelState.AddModelError);
        if (Command == "save" && table is null)
        {
            return Page();
        }

        var user = await UserAsync(ct);
        var outcome = await store.SaveDepartmentTableAsync(Id, table, AuditRequests.For(user, DocumentStore.WebEditSource, HttpContext), ct);
        if (outcome?.Refusal is { } refused)
        {
            ModelState.AddModelError(string.Empty, refused);
            Response.StatusCode = outcome.Kind.HttpStatus();
            return Page();
        }

        return BackAfterSave();
    }

    /// <summary>add-task, remove-task:2, add-fund, add-indicator …: true when the rows changed (the page is shown again, unsaved).</summary>
    private bool ChangeRows(string? command)
    {
        switch (command)
        {
            case "add-task":
                Form.Tasks.Add(new DepartmentTaskInput());
                Focus = $"Form_Tasks_{Form.Tasks.Count - 1}__Name";
                return true;
            case "add-fund":
                Form.Funds.Add(new DepartmentFundInput());
                Focus = $"Form_Funds_{Form.Funds.Count - 1}__Group";
                return true;
            case "add-indicator":
                Form.Indicators.Add(new DepartmentIndicatorInput());
                Focus = $"Form_Indicators_{Form.Indicators.Count - 1}__Level1";
                return true;
        }

        var parts = command?.Split(':') ?? [];
        if (parts.Length != 2 || !int.TryParse(parts[1], out var index) || index < 0)
        {
            return false;
        }

        return parts[0] switch
        {
            "remove-task" when index < Form.Tasks.Count => Remove(Form.Tasks, index, "add-task"),
            "remove-fund" when index < Form.Funds.Count => Remove(Form.Funds, index, "add-fund"),
            "remove-indicator" when index < Form.Indicators.Count => Remove(Form.Indicators, index, "add-indicator"),
            _ => false,
        };
    }

    private bool Remove<TRow>(List<TRow> rows, int index, string addButton)
    {
        rows.RemoveAt(index);
        // The cursor stays in the block: on the 添加 button of the rows just shortened.
        Focus = addButton;
        return true;
    }
}
