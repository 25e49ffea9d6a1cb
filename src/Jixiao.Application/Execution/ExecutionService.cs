using Jixiao.Application.Documents;
using Jixiao.Application.Pipeline;
using Jixiao.Application.Users;
using Jixiao.Data;
using Jixiao.Data.Audit;
using Jixiao.Data.Entities;
using Jixiao.Domain.Evaluation;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Monitoring;
using Jixiao.Domain.Workflow.Audit;
using Microsoft.EntityFrameworkCore;
using DomainSelfEvaluation = Jixiao.Domain.Evaluation.SelfEvaluation;
using StoredSelfEvaluation = Jixiao.Data.Entities.SelfEvaluation;

namespace Jixiao.Application.Execution;

/// <summary>
/// Execution data, monitoring reports and self-evaluations of one project, for the pages and the API alike:
/// loads what is stored, fills in what is not from the approved table and the execution data, checks and saves
/// input. Lights, scores and findings are always computed by the domain (MonitoredProject, ScoredEvaluation).
/// Every save writes its changed fields (old → new) to the audit trail in the same transaction.
/// </summary>
public sealed class ExecutionService(JixiaoDbContext db, TimeProvider clock)
{
    /// <summary>The project with the user's rights, or null when there is no such project.</summary>
    public async Task<ProjectScope?> LoadAsync(int projectId, UserAccess user, CancellationToken ct = default)
    {
        var project = await db.Projects.AsNoTracking().Include(p => p.Unit).ThenInclude(u => u!.Region)
            .SingleOrDefaultAsync(p => p.Id == projectId, ct).ConfigureAwait(false);
        if (project?.Unit?.Region is not { } region)
        {
            return null;
        }

        var details = await ProjectQueries.GetAsync(db, projectId, null, ct).ConfigureAwait(false);
        if (details is null)
        {
            return null;
        }

        return new ProjectScope(details, project.Unit,
            RegionProfiles.Monitoring(region),
            RegionProfiles.Scoring(region),
            user.Can(Operation.Read, Resource.Of(project.Unit)), user.Can(Operation.Edit, Resource.Of(project.Unit)) && !details.Removed);
    }

    public async Task<ExecutionData> GetExecutionAsync(ProjectScope scope, CancellationToken ct = default) =>
        (await ExecutionLoader.LoadAsync(db, [(scope.ProjectId, scope.Details.Content)], ct).ConfigureAwait(false))[scope.ProjectId];

    /// <summary>Checks and saves the execution form; returns the problems (nothing saved) or an empty list.</summary>
    public async Task<IReadOnlyList<InputError>> SaveExecutionAsync(ProjectScope scope, ExecutionInput input, AuditActor actor, CancellationToken ct = default)
    {
        var user = actor.User;
        var now = clock.GetUtcNow();
        var errors = new List<InputError>();
        var initial = MoneyInput.Read(input.InitialBudget, nameof(input.InitialBudget), ExecutionMessages.InitialBudget, errors, required: true);
        var adjusted = MoneyInput.Read(input.AdjustedBudget, nameof(input.AdjustedBudget), ExecutionMessages.AdjustedBudget, errors, required: false);
        var entries = new List<SpendingEntry>();
        for (var i = 0; i < input.Entries.Count; i++)
        {
            var entry = input.Entries[i];
            if (entry.AsOf is null && string.IsNullOrWhiteSpace(entry.Spent))
            {
                continue;
            }

            var field = $"Entries[{i}]";
            if (entry.AsOf is not { } asOf)
            {
                errors.Add(new InputError(field + ".AsOf", ExecutionMessages.EntryWithoutDate(i + 1)));
                continue;
            }

            if (asOf.Year != scope.FiscalYear)
            {
                errors.Add(new InputError(field + ".AsOf", ExecutionMessages.EntryOutsideYear(i + 1, asOf, scope.FiscalYear)));
                continue;
            }

            if (entries.Any(e => e.AsOf == asOf))
            {
                errors.Add(new InputError(field + ".AsOf", ExecutionMessages.EntryDateRepeated(i + 1, asOf)));
                continue;
            }

            if (MoneyInput.Read(entry.Spent, field + ".Spent", ExecutionMessages.EntrySpent(i + 1), errors, required: true) is { } spent)
            {
                entries.Add(new SpendingEntry { AsOf = asOf, SpentFen = spent.Fen, RecordedBy = user, RecordedAt = now.UtcDateTime });
            }
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        await Writes.RunAsync(db, clock, async ct =>
        {
            var stored = await db.Executions.SingleOrDefaultAsync(e => e.ProjectId == scope.ProjectId, ct).ConfigureAwait(false);
            var before = ExecutionAudit.Of(stored);
            var action = stored is null ? AuditDiff.CreateAction : AuditDiff.EditAction;
            if (stored is null)
            {
                stored = new ProjectExecution { ProjectId = scope.ProjectId };
                db.Executions.Add(stored);
            }

            // Entries whose figure did not change keep who recorded them and when.
            OwnedRows.Sync(stored.SpendingEntries, entries, e => e.AsOf, (old, e) =>
            {
                if (old.SpentFen != e.SpentFen)
                {
                    (old.SpentFen, old.RecordedBy, old.RecordedAt) = (e.SpentFen, e.RecordedBy, e.RecordedAt);
                }
            });
            stored.InitialBudgetFen = initial!.Value.Fen;
            stored.AdjustedBudgetFen = adjusted?.Fen;
            stored.UpdatedBy = user;
            stored.UpdatedAt = now.UtcDateTime;
            await SaveAuditedAsync(scope, actor.At(now), action, AuditDiff.ExecutionEntity, before, ExecutionAudit.Of(stored), ct).ConfigureAwait(false);
            return true;
        }, ct).ConfigureAwait(false);
        return [];
    }

    /// <summary>The 监控表 for months 1–<paramref name="month"/>: the stored report, or one prefilled from the approved
    /// table and the execution data; with its lights and MON findings by the region's 监控方案.</summary>
    public async Task<MonitoringView> GetMonitoringAsync(ProjectScope scope, int month, CancellationToken ct = default)
    {
        var execution = await GetExecutionAsync(scope, ct).ConfigureAwait(false);
        var stored = await db.MonitoringRecords.AsNoTracking().SingleOrDefaultAsync(m => m.ProjectId == scope.ProjectId && m.Month == month, ct).ConfigureAwait(false);
        var report = MonitoringReports.Build(scope.Details.Content, scope.FiscalYear, scope.Details.DepartmentName, month, execution, stored);
        return new MonitoringView(MonitoredProject.Assess(report, scope.MonitoringProfile), execution, stored?.RecordedBy, stored?.RecordedAt);
    }

    public async Task<IReadOnlyList<InputError>> SaveMonitoringAsync(ProjectScope scope, int month, MonitoringInput input, AuditActor actor, CancellationToken ct = default)
    {
        var errors = new List<InputError>();
        if (month is < 1 or > 12)
        {
            errors.Add(new InputError("month", ExecutionMessages.MonthOutOfRange(month)));
        }

        var initial = MoneyInput.Read(input.InitialBudget, nameof(input.InitialBudget), ExecutionMessages.InitialBudget, errors, required: true);
        var adjusted = MoneyInput.Read(input.AdjustedBudget, nameof(input.AdjustedBudget), ExecutionMessages.AdjustedBudget, errors, required: false);
        var spent = MoneyInput.Read(input.Spent, nameof(input.Spent), ExecutionMessages.SpentToMonth(month), errors, required: true);
        var expected = MoneyInput.Read(input.ExpectedAnnualSpending, nameof(input.ExpectedAnnualSpending), ExecutionMessages.ExpectedAnnualSpending, errors, required: false);
        var rows = CheckRows(scope, input.Indicators.Select(i => i.Row), errors);
        TextLengthInput.Monitoring(input, errors);
        if (errors.Count > 0)
        {
            return errors;
        }

        await Writes.RunAsync(db, clock, async ct =>
        {
            var stored = await db.MonitoringRecords.SingleOrDefaultAsync(m => m.ProjectId == scope.ProjectId && m.Month == month, ct).ConfigureAwait(false);
            var before = ExecutionAudit.Of(stored, month);
            var action = stored is null ? AuditDiff.CreateAction : AuditDiff.EditAction;
            if (stored is null)
            {
                stored = new MonitoringRecord { ProjectId = scope.ProjectId, Month = month };
                db.MonitoringRecords.Add(stored);
            }

            stored.InitialBudgetFen = initial!.Value.Fen;
            stored.AdjustedBudgetFen = adjusted?.Fen;
            stored.SpentFen = spent!.Value.Fen;
            stored.ExpectedAnnualFen = expected?.Fen;
            stored.GoalProgress = Clean(input.GoalProgress);
            stored.CorrectiveAction = Clean(input.CorrectiveAction);
            OwnedRows.Sync(stored.Indicators, [.. input.Indicators.Where(i => rows.Contains(i.Row)).Select(i => new MonitoringIndicatorEntry
            {
                Row = i.Row, Actual = Clean(i.Actual), ExpectedAnnual = Clean(i.ExpectedAnnual), Possibility = Clean(i.Possibility),
                DeviationCategory = Clean(i.DeviationCategory), DeviationReason = Clean(i.DeviationReason), Measures = Clean(i.Measures), Remark = Clean(i.Remark),
            })], r => r.Row, (old, r) =>
            {
                (old.Actual, old.ExpectedAnnual, old.Possibility, old.DeviationCategory) = (r.Actual, r.ExpectedAnnual, r.Possibility, r.DeviationCategory);
                (old.DeviationReason, old.Measures, old.Remark) = (r.DeviationReason, r.Measures, r.Remark);
            });
            var now = clock.GetUtcNow();
            stored.RecordedBy = actor.User;
            stored.RecordedAt = now.UtcDateTime;
            await SaveAuditedAsync(scope, actor.At(now), action, AuditDiff.MonitoringEntity, before, ExecutionAudit.Of(stored, month), ct).ConfigureAwait(false);
            return true;
        }, ct).ConfigureAwait(false);
        return [];
    }

    /// <summary>The 自评表: the stored one, or one prefilled from the approved table and the execution data (A = the
    /// budget, B = spent to 31 December); scored by the region's profile with every EVL rule, EVL-09 against the
    /// approved table.</summary>
    public async Task<SelfEvaluationView> GetSelfEvaluationAsync(ProjectScope scope, CancellationToken ct = default)
    {
        var stored = await db.SelfEvaluations.AsNoTracking().SingleOrDefaultAsync(s => s.ProjectId == scope.ProjectId, ct).ConfigureAwait(false);
        var execution = await GetExecutionAsync(scope, ct).ConfigureAwait(false);
        var evaluation = ToDomain(scope, stored, execution);
        return new SelfEvaluationView(ScoredEvaluation.Evaluate(evaluation, scope.ScoringProfile, scope.Details.Content), execution, stored is not null, stored?.EvaluatedBy, stored?.EvaluatedAt);
    }

    public async Task<IReadOnlyList<InputError>> SaveSelfEvaluationAsync(ProjectScope scope, SelfEvaluationInput input, AuditActor actor, CancellationToken ct = default)
    {
        var errors = new List<InputError>();
        var initial = MoneyInput.Read(input.InitialBudget, nameof(input.InitialBudget), ExecutionMessages.InitialBudget, errors, required: true);
        var annual = MoneyInput.Read(input.AnnualBudget, nameof(input.AnnualBudget), ExecutionMessages.AnnualBudget, errors, required: true);
        var spent = MoneyInput.Read(input.Spent, nameof(input.Spent), ExecutionMessages.AnnualSpent, errors, required: true);
        var rows = CheckRows(scope, input.Indicators.Select(i => i.Row), errors);
        TextLengthInput.SelfEvaluation(input, errors);
        for (var i = 0; i < input.Indicators.Count; i++)
        {
            var row = input.Indicators[i];
            if (row.Points is < 0 or > 100)
            {
                errors.Add(new InputError($"Indicators[{i}].Points", ExecutionMessages.PointsOutOfRange(row.Row, row.Points)));
            }

            if (row.DeclaredScore is < 0 or > 100)
            {
                errors.Add(new InputError($"Indicators[{i}].DeclaredScore", ExecutionMessages.ScoreOutOfRange(row.Row, row.DeclaredScore)));
            }
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        await Writes.RunAsync(db, clock, async ct =>
        {
            var stored = await db.SelfEvaluations.SingleOrDefaultAsync(s => s.ProjectId == scope.ProjectId, ct).ConfigureAwait(false);
            var before = ExecutionAudit.Of(stored);
            var action = stored is null ? AuditDiff.CreateAction : AuditDiff.EditAction;
            if (stored is null)
            {
                stored = new StoredSelfEvaluation { ProjectId = scope.ProjectId };
                db.SelfEvaluations.Add(stored);
            }

            stored.InitialBudgetFen = initial!.Value.Fen;
            stored.AnnualBudgetFen = annual!.Value.Fen;
            stored.SpentFen = spent!.Value.Fen;
            stored.BudgetReason = Clean(input.BudgetReason);
            stored.ActualOutcome = Clean(input.ActualOutcome);
            OwnedRows.Sync(stored.Indicators, [.. input.Indicators.Where(i => rows.Contains(i.Row)).Select(i => new SelfEvaluationIndicatorEntry
            {
                Row = i.Row, Actual = Clean(i.Actual), Points = i.Points, DeclaredScore = i.DeclaredScore, DeviationReason = Clean(i.DeviationReason), NotApplicable = i.NotApplicable,
            })], r => r.Row, (old, r) =>
            {
                (old.Actual, old.Points, old.DeclaredScore, old.DeviationReason, old.NotApplicable) = (r.Actual, r.Points, r.DeclaredScore, r.DeviationReason, r.NotApplicable);
            });
            var result = SelfEvaluationScorer.Score(ToDomain(scope, stored, null), scope.ScoringProfile);
            stored.ExecutionScore = result.Budget.Score;
            stored.TotalScore = result.Total;
            stored.Grade = result.Grade;
            var now = clock.GetUtcNow();
            stored.EvaluatedBy = actor.User;
            stored.EvaluatedAt = now.UtcDateTime;
            await SaveAuditedAsync(scope, actor.At(now), action, AuditDiff.SelfEvaluationEntity, before, ExecutionAudit.Of(stored), ct).ConfigureAwait(false);
            return true;
        }, ct).ConfigureAwait(false);
        return [];
    }

    /// <summary>Appends the changed fields under the project's key (so the document's audit view lists them) and
    /// saves, inside the caller's transaction.</summary>
    private async Task SaveAuditedAsync(ProjectScope scope, AuditSource source, string action, string entity,
        IReadOnlyList<KeyValuePair<string, string>> before, IReadOnlyList<KeyValuePair<string, string>> after, CancellationToken ct)
    {
        var changes = AuditDiff.ForValues(source, action, entity, AuditKeys.Project(scope.FiscalYear, scope.Details.Code), before, after);
        await AuditLog.AppendAsync(db, changes, ct).ConfigureAwait(false);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }

    private static DomainSelfEvaluation ToDomain(ProjectScope scope, StoredSelfEvaluation? stored, ExecutionData? execution)
    {
        var form = SelfEvaluationForm.FromApproved(scope.Details.Content, scope.FiscalYear, scope.Details.DepartmentName);
        if (stored is null)
        {
            return execution is null ? form : form with
            {
                Budget = form.Budget with
                {
                    InitialBudget = execution.InitialBudget,
                    AdjustedBudget = execution.Budget,
                    Spent = execution.SpentToMonthEnd(form.ProjectCode, scope.FiscalYear, 12),
                },
            };
        }

        return form with
        {
            Budget = form.Budget with
            {
                InitialBudget = new Money(stored.InitialBudgetFen),
                AdjustedBudget = new Money(stored.AnnualBudgetFen),
                Spent = new Money(stored.SpentFen),
                Reason = stored.BudgetReason,
            },
            ActualOutcome = stored.ActualOutcome,
            Indicators = [.. form.Indicators.Select((row, i) => stored.Indicators.FirstOrDefault(x => x.Row == i + 1) is { } x
                ? row with { Actual = x.Actual, Points = x.Points, DeclaredScore = x.DeclaredScore, DeviationReason = x.DeviationReason, NotApplicable = x.NotApplicable }
                : row)],
        };
    }

    /// <summary>Rows must be those of the approved table, each once.</summary>
    private static HashSet<int> CheckRows(ProjectScope scope, IEnumerable<int> rows, List<InputError> errors)
    {
        var count = scope.Details.Content.Indicators.Count;
        var seen = new HashSet<int>();
        foreach (var row in rows)
        {
            if (row < 1 || row > count)
            {
                errors.Add(new InputError("Indicators", ExecutionMessages.NoSuchRow(row, count)));
            }
            else if (!seen.Add(row))
            {
                errors.Add(new InputError("Indicators", ExecutionMessages.RowRepeated(row)));
            }
        }

        return seen;
    }

    private static string Clean(string? text) => text?.Trim() ?? string.Empty;
}
