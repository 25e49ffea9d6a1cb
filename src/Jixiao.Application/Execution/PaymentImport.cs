using Jixiao.Application.Pipeline;
using Jixiao.Application.Users;
using Jixiao.Data;
using Jixiao.Data.Audit;
using Jixiao.Data.Entities;
using Jixiao.Documents.Payments;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Workflow.Audit;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Application.Execution;

/// <summary>
/// Payment records from a CSV or Excel export: read, matched to projects (project code + the payment's year),
/// checked against the user's rights and against what is already stored (the natural key of
/// <see cref="Domain.Monitoring.PaymentRecord.Key"/>), then stored. A file with any problem imports nothing, and
/// importing the same file again adds nothing. Each import is audited in its transaction: one summary entry for the
/// file (records, added, duplicates) and one per project that gained payments (count and total before → after).
/// </summary>
public sealed class PaymentImport(JixiaoDbContext db, TimeProvider clock)
{
    /// <summary>What importing <paramref name="batch"/> would do, record by record.</summary>
    public async Task<IReadOnlyList<PaymentLine>> PreviewAsync(PaymentBatch batch, UserAccess user, CancellationToken ct = default)
    {
        var wanted = batch.Records.Select(r => (Year: r.Date.Year, Code: ProjectCode.Normalize(r.ProjectCode))).Distinct().ToList();
        var codes = wanted.Select(w => w.Code).Distinct().ToList();
        var years = wanted.Select(w => w.Year).Distinct().ToList();
        var projects = await db.Projects.AsNoTracking().Include(p => p.Unit)
            .Where(p => p.RemovedAt == null && codes.Contains(p.Code) && years.Contains(p.FiscalYear))
            .Select(p => new { p.Id, p.Code, p.FiscalYear, p.Unit, Name = p.Versions.Where(v => v.Number == p.CurrentVersion).Select(v => v.Name).FirstOrDefault() })
            .ToListAsync(ct).ConfigureAwait(false);
        var ids = projects.Select(p => p.Id).ToList();
        var keys = (await db.Payments.AsNoTracking().Where(p => ids.Contains(p.ProjectId)).Select(p => new { p.ProjectId, p.RecordKey }).ToListAsync(ct).ConfigureAwait(false))
            .Select(k => (k.ProjectId, k.RecordKey)).ToHashSet();
        // Several regions may use the same code; one the user can see comes first.
        var byCode = projects.GroupBy(p => (p.Code, p.FiscalYear))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => user.Can(Operation.Read, Resource.Of(p.Unit!))).First());
        var lines = new List<PaymentLine>();
        foreach (var record in batch.Records)
        {
            var project = byCode.GetValueOrDefault((ProjectCode.Normalize(record.ProjectCode), record.Date.Year));
            var status = project is null ? PaymentLineStatus.UnknownProject
                : !user.Can(Operation.Edit, Resource.Of(project.Unit!)) ? PaymentLineStatus.Forbidden
                : !keys.Add((project.Id, record.Key)) ? PaymentLineStatus.Duplicate
                : PaymentLineStatus.New;
            if (project is not null && !user.Can(Operation.Read, Resource.Of(project.Unit!)))
            {
                // Do not reveal projects the user may not see.
                (project, status) = (null, PaymentLineStatus.UnknownProject);
            }

            lines.Add(new PaymentLine(lines.Count + 1, record, project?.Id, project?.Name ?? string.Empty, status));
        }

        return lines;
    }

    /// <summary>Stores the new records of <paramref name="lines"/> when none has a problem. Two imports of the same file
    /// at the same moment are serialised (the audit chain's lock, taken first; SQLite's single writer) and the new
    /// lines are checked again inside the transaction, so the second import finds the first one's records and adds
    /// nothing, reporting them as duplicates, instead of failing on the unique (project, record key) index.</summary>
    public async Task<PaymentImportResult> ImportAsync(IReadOnlyList<PaymentLine> lines, string fileName, AuditActor actor, CancellationToken ct = default)
    {
        if (lines.Any(l => l.IsError))
        {
            return new PaymentImportResult(lines, 0);
        }

        return await Writes.RunAsync(db, clock, async ct =>
        {
            await AuditLog.LockAsync(db, ct).ConfigureAwait(false);
            lines = await RecheckAsync(lines, ct).ConfigureAwait(false);
            var now = clock.GetUtcNow();
            var added = lines.Where(l => l.Status == PaymentLineStatus.New).Select(l => new Payment
            {
                ProjectId = l.ProjectId!.Value,
                Date = l.Record.Date,
                AmountFen = l.Record.Amount.Fen,
                Voucher = l.Record.Voucher.Trim(),
                Line = l.Record.Line.Trim(),
                Occurrence = l.Record.Occurrence,
                Summary = l.Record.Summary,
                RecordKey = l.Record.Key,
                SourceFile = fileName,
                ImportedBy = actor.User,
                ImportedAt = now.UtcDateTime,
            }).ToList();
            var audit = await AuditAsync(lines, added, fileName, actor.At(now), ct).ConfigureAwait(false);
            db.Payments.AddRange(added);
            await AuditLog.AppendAsync(db, audit, ct).ConfigureAwait(false);
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            return new PaymentImportResult(lines, added.Count);
        }, ct).ConfigureAwait(false);
    }

    /// <summary>The lines with every "new" record that is stored by now marked as a duplicate.</summary>
    private async Task<IReadOnlyList<PaymentLine>> RecheckAsync(IReadOnlyList<PaymentLine> lines, CancellationToken ct)
    {
        var fresh = lines.Where(l => l.Status == PaymentLineStatus.New).ToList();
        if (fresh.Count == 0)
        {
            return lines;
        }

        var ids = fresh.Select(l => l.ProjectId!.Value).Distinct().ToList();
        var recordKeys = fresh.Select(l => l.Record.Key).Distinct().ToList();
        var stored = (await db.Payments.AsNoTracking().Where(p => ids.Contains(p.ProjectId) && recordKeys.Contains(p.RecordKey))
            .Select(p => new { p.ProjectId, p.RecordKey }).ToListAsync(ct).ConfigureAwait(false))
            .Select(k => (k.ProjectId, k.RecordKey)).ToHashSet();
        return stored.Count == 0 ? lines
            : [.. lines.Select(l => l.Status == PaymentLineStatus.New && stored.Contains((l.ProjectId!.Value, l.Record.Key)) ? l with { Status = PaymentLineStatus.Duplicate } : l)];
    }

    private async Task<List<AuditLogEntry>> AuditAsync(IReadOnlyList<PaymentLine> lines, List<Payment> added, string fileName, AuditSource source, CancellationToken ct)
    {
        var duplicates = lines.Count(l => l.Status == PaymentLineStatus.Duplicate);
        var total = new Money(added.Sum(p => p.AmountFen));
        var audit = new List<AuditLogEntry>
        {
            AuditDiff.Draft(source, AuditDiff.ImportAction, AuditDiff.PaymentFileEntity, fileName, ExecutionMessages.PaymentRecords,
                string.Empty, ExecutionMessages.PaymentFileImported(lines.Count, added.Count, total, duplicates)),
        };
        var ids = added.Select(p => p.ProjectId).Distinct().ToList();
        var projects = await db.Projects.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.FiscalYear, p.Code }).ToListAsync(ct).ConfigureAwait(false);
        var stored = (await db.Payments.AsNoTracking().Where(p => ids.Contains(p.ProjectId)).GroupBy(p => p.ProjectId)
            .Select(g => new { ProjectId = g.Key, Count = g.Count(), Fen = g.Sum(p => p.AmountFen) }).ToListAsync(ct).ConfigureAwait(false))
            .ToDictionary(x => x.ProjectId);
        foreach (var project in projects.OrderBy(p => p.Code, StringComparer.Ordinal))
        {
            var own = added.Where(p => p.ProjectId == project.Id).ToList();
            var (count, fen) = stored.TryGetValue(project.Id, out var s) ? (s.Count, s.Fen) : (0, 0L);
            audit.Add(AuditDiff.Draft(source, AuditDiff.ImportAction, AuditDiff.ExecutionEntity, AuditKeys.Project(project.FiscalYear, project.Code), ExecutionMessages.PaymentRecords,
                Describe(count, fen), ExecutionMessages.PaymentsAdded(Describe(count + own.Count, fen + own.Sum(p => p.AmountFen)), own.Count, fileName)));
        }

        return audit;
    }

    private static string Describe(int count, long fen) => ExecutionMessages.Payments(count, new Money(fen));
}
