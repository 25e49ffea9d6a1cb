using Jixiao.Application.Documents;
using Jixiao.Application.Users;
using Jixiao.Application.Workflow;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain.Goals;
using Jixiao.Web.Auth;
using Jixiao.Web.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Features.Documents;

/// <summary>Editing Part 1 (部门整体绩效目标) of a department document.</summary>
public sealed class EditPart1Model(CurrentUser currentUser, JixiaoDbContext db, DocumentStore store, WorkflowService workflow) : DocumentFormModel(currentUser, db, workflow)
{
    [BindProperty]
    public Part1Form Form { get; set; } = new();

    [BindProperty]
    public string? Command { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
        {
            return denied;
        }

        var goals = DocumentQueries.Part1Of(Document);
        Form = new Part1Form
        {
            OverallGoal = goals.OverallGoal,
            SubGoals = [.. goals.SubGoals.Select(s => new SubGoalInput
            {
                Title = s.Title, GoalText = s.GoalText, IndicatorText = s.IndicatorText, Safeguard = goals.SafeguardFor(s)?.Text ?? string.Empty,
            })],
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
        {
            return denied;
        }

        ModelState.Clear();
        if (Command == "stay")
        {
            return Page();
        }

        if (Command == "add")
        {
            Form.SubGoals.Add(new SubGoalInput());
            return Page();
        }

        if (Command?.StartsWith("remove:", StringComparison.Ordinal) == true && int.TryParse(Command[7..], out var index) && index >= 0 && index < Form.SubGoals.Count)
        {
            Form.SubGoals.RemoveAt(index);
            return Page();
        }

        if (string.IsNullOrWhiteSpace(Form.OverallGoal))
        {
            ModelState.AddModelError("Form.OverallGoal", "请填写总体绩效目标。");
        }

        for (var i = 0; i < Form.SubGoals.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(Form.SubGoals[i].Title))
            {
                ModelState.AddModelError($"Form.SubGoals[{i}].Title", $"第 {i + 1} 个分项绩效目标缺少标题。");
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var subGoals = Form.SubGoals.Select((s, i) => new SubGoal { Number = i + 1, Title = T(s.Title), GoalText = T(s.GoalText), IndicatorText = T(s.IndicatorText) }).ToList();
        var safeguards = Form.SubGoals.Select((s, i) => (s, i)).Where(x => T(x.s.Safeguard).Length > 0)
            .Select(x => new Safeguard { Number = x.i + 1, Title = T(x.s.Title), Text = T(x.s.Safeguard) }).ToList();
        var user = await UserAsync(ct);
        var outcome = await store.SavePart1Async(Id, new DepartmentGoals { OverallGoal = T(Form.OverallGoal), SubGoals = subGoals, Safeguards = safeguards },
            AuditRequests.For(user, DocumentStore.WebEditSource, HttpContext), ct);
        if (outcome?.Refusal is { } refused)
        {
            ModelState.AddModelError(string.Empty, refused);
            Response.StatusCode = outcome.Kind.HttpStatus();
            return Page();
        }

        return BackAfterSave();
    }
}
