using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Documents.Payments;
using Jixiao.Domain.Goals;
using Jixiao.Web.Api;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Execution;

/// <summary>
/// Payment records from a CSV or Excel export: read, matched to projects (project code + the payment's year),
/// checked against the user's rights and against what is already stored (the natural key of
/// <see cref="Domain.Monitoring.PaymentRecord.Key"/>), then stored. A file with any problem imports nothing, and
/// importing the same file again adds nothing.
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
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => user.Access.CanReadUnit(p.Unit!)).First());
        var lines = new List<PaymentLine>();
        foreach (var record in batch.Records)
        {
            var project = byCode.GetValueOrDefault((ProjectCode.Normalize(record.ProjectCode), record.Date.Year));
            var status = project is null ? PaymentLineStatus.UnknownProject
                : !user.Access.CanEditUnit(project.Unit!) ? PaymentLineStatus.Forbidden
                : !keys.Add((project.Id, record.Key)) ? PaymentLineStatus.Duplicate
                : PaymentLineStatus.New;
            if (project is not null && !user.Access.CanReadUnit(project.Unit!))
            {
                // Do not reveal projects the user may not see.
                (project, status) = (null, PaymentLineStatus.UnknownProject);
            }

            lines.Add(new PaymentLine(lines.Count + 1, record, project?.Id, project?.Name ?? string.Empty, status));
        }

        return lines;
    }

    /// <summary>Stores the new records of <paramref name="lines"/> when none has a problem; returns how many were added.</summary>
    public async Task<int> ImportAsync(IReadOnlyList<PaymentLine> lines, string fileName, string user, CancellationToken ct = default)
    {
        if (lines.Any(l => l.IsError))
        {
            return 0;
        }

        var now = clock.GetUtcNow().UtcDateTime;
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
            ImportedBy = user,
            ImportedAt = now,
        }).ToList();
        db.Payments.AddRange(added);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return added.Count;
    }
}
