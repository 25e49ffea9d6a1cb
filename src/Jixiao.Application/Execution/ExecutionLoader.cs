using Jixiao.Data;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Application.Execution;

/// <summary>Reads the execution data (budgets, form entries, imported payments) of projects as
/// <see cref="ExecutionData"/>: for one project's pages and for the stored overview lines alike.</summary>
public static class ExecutionLoader
{
    /// <summary>The execution data of several projects in two queries.</summary>
    public static async Task<Dictionary<int, ExecutionData>> LoadAsync(JixiaoDbContext db, IReadOnlyList<(int ProjectId, BudgetProject Approved)> projects, CancellationToken ct = default)
    {
        var ids = projects.Select(p => p.ProjectId).ToList();
        var stored = await db.Executions.AsNoTracking().Where(e => ids.Contains(e.ProjectId)).ToDictionaryAsync(e => e.ProjectId, ct).ConfigureAwait(false);
        var payments = (await db.Payments.AsNoTracking().Where(p => ids.Contains(p.ProjectId))
            .Select(p => new { p.ProjectId, p.Date, p.AmountFen, p.Voucher, p.Line, p.Occurrence }).ToListAsync(ct).ConfigureAwait(false))
            .ToLookup(p => p.ProjectId);
        var result = new Dictionary<int, ExecutionData>();
        foreach (var (id, approved) in projects)
        {
            var own = payments[id].Select(p => new PaymentRecord(approved.ProjectCode, p.Date, new Money(p.AmountFen)) { Voucher = p.Voucher, Line = p.Line, Occurrence = p.Occurrence }).ToList();
            result[id] = Of(approved, stored.GetValueOrDefault(id), own);
        }

        return result;
    }

    /// <summary>The execution data of a project with nothing stored about its execution (no execution data, no
    /// payments): what <see cref="LoadAsync"/> gives for it, without asking the database.</summary>
    public static ExecutionData WithoutRecords(BudgetProject approved) => Of(approved, null, []);

    private static ExecutionData Of(BudgetProject approved, Data.Entities.ProjectExecution? execution, List<PaymentRecord> own)
    {
        var entries = (execution?.SpendingEntries ?? []).OrderBy(e => e.AsOf).Select(e => (e.AsOf, new Money(e.SpentFen))).ToList();
        PaymentLedger ledger;
        if (own.Count > 0)
        {
            ledger = new PaymentLedger();
            ledger.Add(own);
        }
        else
        {
            ledger = ExecutionData.LedgerOfEntries(approved.ProjectCode, entries);
        }

        return new ExecutionData(
            new Money(execution?.InitialBudgetFen ?? approved.Budget.Fen),
            execution?.AdjustedBudgetFen is { } adjusted ? new Money(adjusted) : null,
            entries, own.Count, new Money(own.Sum(p => p.Amount.Fen)), ledger, execution is not null);
    }
}
